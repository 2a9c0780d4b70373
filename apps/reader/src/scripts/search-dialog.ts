import { loadPagefind } from "./search-pagefind.ts";
import { mountSearchPanel, type SearchPanel } from "./search-panel.ts";
import { emptyState, paramsFromState } from "./search-state.ts";

const BASE = import.meta.env.BASE_URL.endsWith("/") ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
// The dialog is set up once, however many times the reader opens it.
let attached = false;

function isSameDocument(link: HTMLAnchorElement): boolean {
  return link.pathname === location.pathname && link.search === location.search;
}

function setUp(dialog: HTMLDialogElement): SearchPanel {
  const root = dialog.querySelector<HTMLElement>("[data-search-panel]");
  if (!root) throw new TypeError("the search dialog has no [data-search-panel] element");
  const pageLink = dialog.querySelector<HTMLAnchorElement>("[data-search-page-link]");
  // Esc closes the dialog even from a search box with words in it, which would otherwise
  // take the first Esc to clear itself.
  dialog.addEventListener("keydown", (event) => {
    if (event.key !== "Escape") return;
    event.preventDefault();
    dialog.close();
  });
  // A click on the backdrop (outside the dialog's box) closes it, as Esc does.
  dialog.addEventListener("click", (event) => {
    if (event.target === dialog) dialog.close();
  });
  return mountSearchPanel(root, {
    initial: emptyState(),
    onSearch: (state) => {
      const query = paramsFromState(state).toString();
      if (pageLink) pageLink.href = `${BASE}search/${query ? `?${query}` : ""}`;
    },
    // Following a result in the same page only changes the hash: close the dialog to show it.
    onFollow: (link) => {
      if (isSameDocument(link)) dialog.close();
    },
  });
}

/**
 * Brings the search dialog to life: the search panel inside it, on Pagefind. The boot script
 * has already opened it (a modal `<dialog>`: the page behind is inert, Esc closes it) and put
 * the caret in its box, so words typed meanwhile are searched once this runs.
 */
export function attachSearchDialog(): void {
  const dialog = document.getElementById("search-dialog");
  if (attached || !(dialog instanceof HTMLDialogElement)) return;
  // Pagefind's script, WebAssembly and metadata load while the reader types the first word.
  void loadPagefind();
  setUp(dialog);
  attached = true;
}
