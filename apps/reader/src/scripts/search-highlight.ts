const BASE = import.meta.env.BASE_URL.endsWith("/") ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

interface HighlightModule {
  default: new (options: Record<string, unknown>) => unknown;
}

/**
 * Marks the words of the URL parameter `param` on a page reached from a search result, with
 * Pagefind's own highlighter, then brings the passage named in the URL's hash back into view
 * (marking can shift the layout a little).
 */
export async function highlightSearchedWords(param: string): Promise<void> {
  const { default: PagefindHighlight } = (await import(
    /* @vite-ignore */ `${BASE}pagefind/pagefind-highlight.js`
  )) as HighlightModule;
  new PagefindHighlight({
    highlightParam: param,
    markContext: document.querySelector("[data-pagefind-body]") ? null : "main",
    markOptions: { className: "search-hit", exclude: ["[data-pagefind-ignore]", "[data-pagefind-ignore] *"] },
    addStyles: false,
  });
  const id = decodeURIComponent(location.hash.slice(1));
  if (id) document.getElementById(id)?.scrollIntoView({ block: "start" });
}
