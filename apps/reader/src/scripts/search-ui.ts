// Everything search needs once the reader opens it, in one lazily loaded module.

export { attachSearchDialog } from "./search-dialog.ts";
export { mountSearchPage } from "./search-page.ts";
export { loadPagefind as preloadSearch } from "./search-pagefind.ts";
