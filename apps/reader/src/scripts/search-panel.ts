import { renderFacets } from "./search-facets.ts";
import { type FilterCounts, loadFilterIndex, loadPagefind, type PagefindResult } from "./search-pagefind.ts";
import { arrowKeys, FILTERS_LABEL, panelElements } from "./search-panel-parts.ts";
import { passageHits } from "./search-passages.ts";
import { appendHits, countMessage } from "./search-results.ts";
import { isEmpty, pagefindFilters, type SearchState } from "./search-state.ts";

/** How many results (runs of passages) are loaded at first, and by each "Show more". */
const PAGE = 10;

/** Options of {@link mountSearchPanel}. */
export interface SearchPanelOptions {
  /** The search to open on (from `?q=` on the search page). */
  readonly initial: SearchState;
  /** Called after every search with what was searched, to keep a URL in step. */
  readonly onSearch?: (state: SearchState) => void;
  /** Called when the reader follows a result. */
  readonly onFollow?: (link: HTMLAnchorElement) => void;
}

/** A mounted search panel. */
export interface SearchPanel {
  /** Puts the caret in the search box, with its words selected. */
  focus(): void;
}

/**
 * Builds the search UI inside `root` on Pagefind's JavaScript API: a search box, an aria-live
 * count of passages, facets with counts, and passage results, more on request.
 */
export function mountSearchPanel(root: HTMLElement, options: SearchPanelOptions): SearchPanel {
  const ui = panelElements(root);
  const state: SearchState = structuredClone(options.initial);
  let hits: readonly PagefindResult[] = [];
  let shown = 0;
  let passages = 0;
  let generation = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let facetsLoaded = false;

  async function showMore(): Promise<void> {
    const mine = generation;
    // A page of runs can hold no passage that passes the filters: go on to the next one then.
    let added = 0;
    while (added === 0 && shown < hits.length) {
      const page = hits.slice(shown, shown + PAGE);
      const data = await Promise.all(page.map((hit) => hit.data()));
      if (mine !== generation) return;
      const found = data.flatMap((run) => passageHits(run, state));
      appendHits(ui.results, found);
      added += found.length;
      passages += found.length;
      shown += page.length;
    }
    ui.more.hidden = shown >= hits.length;
  }

  function showFacets(counts: FilterCounts, totals: FilterCounts): void {
    const focused = ui.facets.contains(document.activeElement) ? (document.activeElement as HTMLInputElement) : null;
    renderFacets(ui.facets, counts, totals, state, (filters) => {
      state.filters = filters;
      void run();
    });
    // Re-rendering replaces the checkboxes: keep the keyboard on the one the reader just ticked.
    if (focused)
      [...ui.facets.querySelectorAll("input")]
        .find((box) => box.name === focused.name && box.value === focused.value)
        ?.focus();
  }

  async function run(): Promise<void> {
    const mine = ++generation;
    options.onSearch?.(structuredClone(state));
    if (isEmpty(state)) {
      hits = [];
      ui.results.replaceChildren();
      ui.facets.replaceChildren();
      ui.filters.hidden = true;
      ui.more.hidden = true;
      ui.status.textContent = "";
      return;
    }
    try {
      const pagefind = await loadPagefind();
      const found = await pagefind.search(state.query || null, { filters: pagefindFilters(state) });
      if (!found || mine !== generation) return;
      hits = found.results;
      shown = 0;
      passages = 0;
      ui.results.replaceChildren();
      if (facetsLoaded) showFacets(found.filters, found.totalFilters);
      const chosen = Object.values(state.filters).flat().length;
      ui.filters.hidden = false;
      ui.summary.textContent = chosen > 0 ? `${FILTERS_LABEL} (${chosen} chosen)` : FILTERS_LABEL;
      await showMore();
      if (mine !== generation) return;
      ui.status.textContent = countMessage(passages, state.query, shown < hits.length);
      ui.results.dataset.query = state.query;
    } catch (error) {
      if (mine === generation) ui.status.textContent = `Search could not load its index: ${String(error)}`;
    }
  }

  // Words typed while this module was loading count; otherwise the box opens on the given search.
  if (ui.input.value.trim()) state.query = ui.input.value.trim();
  else ui.input.value = state.query;
  ui.input.addEventListener("input", () => {
    state.query = ui.input.value.trim();
    // Fetch the index chunks of the words as they are typed, before the pause that searches.
    if (state.query) void loadPagefind().then((pagefind) => pagefind.preload(state.query));
    clearTimeout(timer);
    timer = setTimeout(() => void run(), 150);
  });
  ui.input.addEventListener("keydown", (event) => {
    if (event.key !== "Enter") return;
    clearTimeout(timer);
    void run();
  });
  ui.more.addEventListener("click", () => {
    const next = ui.results.querySelectorAll(".search-result-link").length;
    void showMore().then(() => {
      ui.results.querySelectorAll<HTMLAnchorElement>(".search-result-link")[next]?.focus();
      ui.status.textContent = countMessage(passages, state.query, shown < hits.length);
    });
  });
  ui.results.addEventListener("click", (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>(".search-result-link, .search-passage-page");
    if (link) options.onFollow?.(link);
  });
  ui.filters.addEventListener("toggle", () => {
    if (!ui.filters.open || facetsLoaded) return;
    ui.facets.textContent = "Loading filters…";
    void loadFilterIndex().then(() => {
      facetsLoaded = true;
      void run();
    });
  });
  // A search that arrives with filters (from the address) shows them, with their counts.
  if (Object.values(state.filters).flat().length > 0) ui.filters.open = true;
  arrowKeys(ui.input, ui.results);
  if (!isEmpty(state)) void run();
  return {
    focus() {
      ui.input.focus();
      ui.input.select();
    },
  };
}
