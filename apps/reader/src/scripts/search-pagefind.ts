/** Counts of results per filter value, as Pagefind reports them. */
export type FilterCounts = Record<string, Record<string, number>>;

/** What Pagefind returns for one result (a run of passages) once its fragment is loaded. */
export interface RunData {
  /** The run's URL with the base path. */
  readonly url: string;
  /** The URL as indexed, which carries the run's passage layout (see search-records.ts). */
  readonly raw_url?: string;
  /** The passages' text, HTML-escaped, one after another. */
  readonly content: string;
  /** Positions of the matched words among the content's words. */
  readonly locations: readonly number[];
  /** The run's `essay` (title), `kind` and `actor` values: see search-records.ts. */
  readonly filters: Readonly<Record<string, readonly string[] | undefined>>;
}

/** One hit, whose fragment is loaded only when `data()` is called. */
export interface PagefindResult {
  readonly id: string;
  readonly score: number;
  data(): Promise<RunData>;
}

/** A search's answer: every hit in rank order, and filter counts. */
export interface PagefindSearch {
  readonly results: readonly PagefindResult[];
  readonly unfilteredResultCount: number;
  readonly filters: FilterCounts;
  readonly totalFilters: FilterCounts;
}

/** The part of Pagefind's JavaScript API (pagefind.js) the search panel uses. */
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(term: string | null, options?: { filters?: Record<string, unknown> }): Promise<PagefindSearch | null>;
  filters(): Promise<FilterCounts>;
  /** Creates the search instance, which starts loading the WebAssembly and the index's metadata. */
  init(): Promise<void>;
  /** Loads the index chunks a term needs without searching. */
  preload(term: string): Promise<void>;
}

const BASE = import.meta.env.BASE_URL.endsWith("/") ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/**
 * Ranking for passages of essays (Starlight's preset): passages vary less in length than
 * pages do, so length and term frequency count for little, and exact words count most.
 */
export const RANKING = { pageLength: 0.1, termFrequency: 0.1, termSaturation: 2, termSimilarity: 9 };

let loading: Promise<Pagefind> | undefined;

/** Loads Pagefind's script from the site's bundle on first use, then returns the same instance. */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ `${BASE}pagefind/pagefind.js`)) as Pagefind;
    // On the main thread: the worker would be one more script to fetch (12 KB) before the
    // first result, and a search of passages is too short to block the page.
    await pagefind.options({ baseUrl: BASE, excerptLength: 28, noWorker: true, ranking: RANKING });
    void pagefind.init();
    return pagefind;
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

let filterIndex: Promise<void> | undefined;

/**
 * Downloads the filter index (claim kind, actor, essay), once, so that searches report a count
 * per filter value. It is the largest part of a big library's index (about 280 KB gzipped at
 * 1,000 essays), so it loads only when the reader opens the filters, never with a first query.
 */
export function loadFilterIndex(): Promise<void> {
  filterIndex ??= loadPagefind().then(async (pagefind) => {
    await pagefind.filters();
  });
  filterIndex.catch(() => {
    filterIndex = undefined;
  });
  return filterIndex;
}
