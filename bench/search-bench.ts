import type { ServedSite } from "./served-site.ts";
import { recordTransfers, totals } from "./transfer-log.ts";

/** What one query cost a reader's browser. */
export interface QueryCost {
  readonly query: string;
  readonly results: number;
  /** Bytes received for the query (as served; Pagefind's index files are already gzipped). */
  readonly bytes: number;
  /** The same with text files (pagefind.js) gzipped, as a CDN would send them. */
  readonly gzipBytes: number;
  readonly requests: number;
  /** From calling search to holding the first page of results, in ms. */
  readonly ms: number;
}

/** The first query pays for Pagefind's script, WebAssembly and metadata; later ones only for their words. */
export const QUERIES = ["fishing quota", "central bank governor"] as const;

// What the site's search panel does (apps/reader/src/scripts/search-pagefind.ts and
// search-panel.ts): load pagefind.js, set options, search with filter counts, then load
// the fragments of the first page of ten results.
// It runs in the page (serialised by playwright), so it must not refer to anything outside itself.
async function runQuery({ query, first }: { query: string; first: boolean }): Promise<{ results: number; ms: number }> {
  const started = performance.now();
  const win = window as unknown as {
    __pf?: {
      search: (q: string, o: object) => Promise<{ results: { data: () => Promise<unknown> }[] }>;
      options: (o: object) => Promise<void>;
    };
  };
  if (first) {
    const pagefind = (await import(`${location.origin}/pagefind/pagefind.js`)) as NonNullable<typeof win.__pf>;
    await pagefind.options({ baseUrl: "/", excerptLength: 28 });
    win.__pf = pagefind;
  }
  const found = await win.__pf?.search(query, { filters: {} });
  await Promise.all((found?.results ?? []).slice(0, 10).map((result) => result.data()));
  return { results: found?.results.length ?? 0, ms: performance.now() - started };
}

/** Runs the queries in one fresh page of the served site and measures what each downloads. */
export async function measureSearch(site: ServedSite, queries: readonly string[] = QUERIES): Promise<QueryCost[]> {
  const context = await site.browser.newContext();
  const page = await context.newPage();
  // A page of the site's origin that loads nothing itself (the server answers 404 in plain text).
  await page.goto(`${site.origin}/bench-blank`);
  const costs: QueryCost[] = [];
  for (const [i, query] of queries.entries()) {
    const recorder = recordTransfers(page);
    const { results, ms } = await page.evaluate(runQuery, { query, first: i === 0 });
    costs.push({ query, results, ms, ...totals(await recorder.stop()) });
  }
  await context.close();
  return costs;
}
