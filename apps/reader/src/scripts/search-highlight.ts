const BASE = import.meta.env.BASE_URL.endsWith("/") ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

interface HighlightModule {
  default: new (options: Record<string, unknown>) => unknown;
}

/** The passage a search result led to: the one the hash names, else the page's only passage. */
function landedPassage(): HTMLElement | null {
  const id = decodeURIComponent(location.hash.slice(1));
  if (id) return document.getElementById(id);
  const passages = document.querySelectorAll<HTMLElement>("main .passage");
  return passages.length === 1 ? (passages[0] ?? null) : null;
}

/**
 * Marks the words of the URL parameter `param` on a page reached from a search result, with
 * Pagefind's own highlighter: the result link carries the words as Pagefind matched them in
 * the passage (its stemming, so "signals" brings "signal"). Then marks the passage as the
 * search's target, scrolls it into view below a margin (CSS `scroll-margin-top`) and moves
 * focus to it, so that a keyboard or screen reader starts reading there.
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
  const passage = landedPassage();
  if (!passage) return;
  passage.classList.add("search-target");
  if (!passage.hasAttribute("tabindex")) passage.tabIndex = -1;
  passage.scrollIntoView({ block: "start" });
  passage.focus({ preventScroll: true });
}
