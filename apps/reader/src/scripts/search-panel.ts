import { renderFacets } from "./search-facets.ts";
import { loadPagefind, type PagefindResult } from "./search-pagefind.ts";
import { countMessage, resultItem } from "./search-results.ts";
import { isEmpty, pagefindFilters, type SearchState } from "./search-state.ts";

/** How many results are shown at first, and added by each "Show more". */
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

/** The search form: the one already in `root` (the dialog's, so typing works at once), or a new one. */
function searchForm(root: HTMLElement): { form: HTMLFormElement; input: HTMLInputElement } {
  const existing = root.querySelector<HTMLFormElement>("form.search-form");
  const input = existing?.querySelector<HTMLInputElement>("input[type=search]");
  if (existing && input) return { form: existing, input };
  const id = `${root.id || "search"}-input`;
  const form = Object.assign(document.createElement("form"), { className: "search-form" });
  form.setAttribute("role", "search");
  const label = Object.assign(document.createElement("label"), { className: "search-vh", htmlFor: id });
  label.textContent = "Search passages";
  const created = Object.assign(document.createElement("input"), {
    id,
    type: "search",
    name: "q",
    autocomplete: "off",
    spellcheck: false,
    placeholder: "Search passages…",
  });
  form.append(label, created);
  return { form, input: created };
}

function panelElements(root: HTMLElement) {
  const { form, input } = searchForm(root);
  input.setAttribute("aria-controls", `${input.id}-results`);
  const status = Object.assign(document.createElement("p"), { className: "search-status", role: "status" });
  status.setAttribute("aria-live", "polite");
  const facets = Object.assign(document.createElement("div"), { className: "search-facets" });
  // On a phone the facets fold away behind a summary so that results come first; wide, they stay open.
  const filters = Object.assign(document.createElement("details"), { className: "search-filters", hidden: true });
  const summary = Object.assign(document.createElement("summary"), { textContent: "Filter by claim kind, actor" });
  filters.append(summary, facets);
  const wide = matchMedia("(min-width: 48rem)");
  filters.open = wide.matches;
  wide.addEventListener("change", () => {
    filters.open = wide.matches;
  });
  const results = Object.assign(document.createElement("ol"), {
    className: "search-results",
    id: `${input.id}-results`,
  });
  results.setAttribute("aria-label", "Passages found");
  const more = Object.assign(document.createElement("button"), { type: "button", className: "search-more" });
  more.textContent = "Show more passages";
  more.hidden = true;
  const body = Object.assign(document.createElement("div"), { className: "search-body" });
  const list = Object.assign(document.createElement("div"), { className: "search-list" });
  list.append(results, more);
  body.append(filters, list);
  // Re-inserting a form that holds the caret would blur it: keep the dialog's form in place.
  if (form.parentElement === root) form.after(status, body);
  else root.replaceChildren(form, status, body);
  return { form, input, status, filters, summary, facets, results, more };
}

/** Moves focus between the search box and the result links with the arrow keys. */
function arrowKeys(input: HTMLInputElement, results: HTMLOListElement): void {
  const links = () => [...results.querySelectorAll<HTMLAnchorElement>(".search-result-link")];
  input.addEventListener("keydown", (event) => {
    if (event.key !== "ArrowDown") return;
    const first = links()[0];
    if (!first) return;
    event.preventDefault();
    first.focus();
  });
  results.addEventListener("keydown", (event) => {
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (at < 0) return;
    event.preventDefault();
    const next = all[at + (event.key === "ArrowDown" ? 1 : -1)];
    (next ?? (event.key === "ArrowUp" ? input : all[at]))?.focus();
  });
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
  let generation = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  async function showMore(): Promise<void> {
    const mine = generation;
    const page = hits.slice(shown, shown + PAGE);
    const data = await Promise.all(page.map((hit) => hit.data()));
    if (mine !== generation) return;
    ui.results.append(...data.map(resultItem));
    shown += page.length;
    ui.more.hidden = shown >= hits.length;
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
      ui.results.replaceChildren();
      const focused = ui.facets.contains(document.activeElement) ? (document.activeElement as HTMLInputElement) : null;
      renderFacets(ui.facets, found.filters, found.totalFilters, state, (filters) => {
        state.filters = filters;
        void run();
      });
      const chosen = Object.values(state.filters).flat().length;
      ui.filters.hidden = ui.facets.childElementCount === 0;
      ui.summary.textContent = `Filter by claim kind, actor${chosen > 0 ? ` (${chosen} chosen)` : ""}`;
      // Re-rendering replaces the checkboxes: keep the keyboard on the one the reader just ticked.
      if (focused)
        [...ui.facets.querySelectorAll("input")]
          .find((box) => box.name === focused.name && box.value === focused.value)
          ?.focus();
      await showMore();
      if (mine !== generation) return;
      ui.status.textContent = countMessage(hits.length, state.query);
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
    clearTimeout(timer);
    timer = setTimeout(() => void run(), 150);
  });
  ui.form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run();
  });
  ui.more.addEventListener("click", () => {
    const next = shown;
    void showMore().then(() => ui.results.querySelectorAll<HTMLAnchorElement>(".search-result-link")[next]?.focus());
  });
  ui.results.addEventListener("click", (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>(".search-result-link");
    if (link) options.onFollow?.(link);
  });
  arrowKeys(ui.input, ui.results);
  if (!isEmpty(state)) void run();
  return {
    focus() {
      ui.input.focus();
      ui.input.select();
    },
  };
}
