/** The filters a search can narrow by, in the order the panel shows them. */
export const FILTER_NAMES = ["kind", "actor", "essay"] as const;

/** One of the search filters: claim kind, actor, or essay. */
export type FilterName = (typeof FILTER_NAMES)[number];

/** What the reader asked for: the words and the chosen filter values. */
export interface SearchState {
  query: string;
  filters: Record<FilterName, string[]>;
}

/** The URL parameter Pagefind adds to result links, which the target page highlights. */
export const HIGHLIGHT_PARAM = "highlight";

/** A search with no words and no filters. */
export function emptyState(): SearchState {
  return { query: "", filters: { kind: [], actor: [], essay: [] } };
}

/**
 * Reads a search from URL parameters: `q` for the words, `kind`, `actor`, `essay` (each repeatable).
 * @example stateFromParams(new URLSearchParams("q=decree&kind=evidence"))
 */
export function stateFromParams(params: URLSearchParams): SearchState {
  const state = emptyState();
  state.query = params.get("q")?.trim() ?? "";
  for (const name of FILTER_NAMES) state.filters[name] = [...new Set(params.getAll(name).filter(Boolean))];
  return state;
}

/** Writes a search as URL parameters, the inverse of {@link stateFromParams}. */
export function paramsFromState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query) params.set("q", state.query);
  for (const name of FILTER_NAMES) for (const value of state.filters[name]) params.append(name, value);
  return params;
}

/** True when the search has neither words nor filters, so there is nothing to look up. */
export function isEmpty(state: SearchState): boolean {
  return state.query === "" && FILTER_NAMES.every((name) => state.filters[name].length === 0);
}

/**
 * Pagefind's filter argument: a passage must have every chosen value (both kinds, both actors).
 * Each tick narrows, so the count beside a value is exactly what ticking it will show.
 */
export function pagefindFilters(state: SearchState): Record<string, string[]> {
  const filters: Record<string, string[]> = {};
  for (const name of FILTER_NAMES) if (state.filters[name].length > 0) filters[name] = state.filters[name];
  return filters;
}
