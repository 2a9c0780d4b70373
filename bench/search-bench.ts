import type { ServedSite } from "./served-site.ts";
import { recordTransfers, totals } from "./transfer-log.ts";

/** What one query cost a reader's browser. */
export interface QueryCost {
  readonly query: string;
  /** "cold": nothing loaded before the query; "opened": the dialog opened (loading Pagefind) first; "later": a second query. */
  readonly mode: "cold" | "opened" | "later";
  readonly results: number;
  /** How the first ten results group: passages found in them, under how many essays. */
  readonly passages: number;
  readonly essays: number;
  /** Bytes received for the query (as served; Pagefind's index files are already gzipped), opening included. */
  readonly bytes: number;
  /** The same with text files (pagefind.js) gzipped, as a CDN would send them. */
  readonly gzipBytes: number;
  readonly requests: number;
  /** From calling search to holding the first page of results, in ms. */
  readonly ms: number;
  /** For "opened": how long opening took to load Pagefind (before the reader's first word could be searched). */
  readonly openMs?: number;
}

/** The first query pays for Pagefind's script, WebAssembly and metadata; later ones only for their words. */
export const QUERIES = ["fishing quota", "central bank governor"] as const;

// What the site's search panel does (apps/reader/src/scripts/search-pagefind.ts, search-panel.ts
// and search-passages.ts): load pagefind.js on the main thread, set options, create the instance
// (on opening the dialog), search, then load the fragments of the first page of ten results,
// each a run of an essay's passages that the panel splits into passages and groups by essay.
// It runs in the page (serialised by playwright), so it must not refer to anything outside itself.
async function runQuery({ query, open, search }: { query: string; open: boolean; search: boolean }) {
  type Run = { url: string; raw_url?: string; locations: number[]; content: string };
  const win = window as unknown as {
    __pf?: {
      init: () => Promise<void>;
      search: (q: string, o?: object) => Promise<{ results: { data: () => Promise<Run> }[] }>;
      options: (o: object) => Promise<void>;
    };
  };
  let openMs: number | undefined;
  const began = performance.now();
  if (open) {
    const started = performance.now();
    const pagefind = (await import(`${location.origin}/pagefind/pagefind.js`)) as NonNullable<typeof win.__pf>;
    await pagefind.options({ baseUrl: "/", excerptLength: 28, noWorker: true });
    win.__pf = pagefind;
    void pagefind.init();
    // An empty search returns as soon as the WebAssembly and the metadata are in.
    if (!search) await pagefind.search("");
    openMs = performance.now() - started;
  }
  const started = performance.now();
  const found = await win.__pf?.search(query, { filters: {} });
  const runs = await Promise.all((found?.results ?? []).slice(0, 10).map((result) => result.data()));
  // A cold query counts its own loading of Pagefind: nothing was there before it.
  const ms = performance.now() - (open ? began : started);
  const essays = new Set<string>();
  let passages = 0;
  for (const run of runs) {
    const rows = JSON.parse(new URL(run.raw_url ?? run.url, location.href).searchParams.get("passages") ?? "[]");
    let at = 0;
    for (const [, words] of rows as [string, number][]) {
      if (run.locations.some((l) => l >= at && l < at + words)) passages++;
      at += words;
    }
    essays.add(new URL(run.url, location.href).pathname.split("/")[1] ?? "");
  }
  return {
    results: found?.results.length ?? 0,
    ms,
    passages,
    essays: essays.size,
    ...(!search && openMs !== undefined && { openMs }),
  };
}

/**
 * Measures in fresh pages of the served site: the first query cold (nothing loaded), a later
 * query, and the first query once the dialog has opened and loaded Pagefind, as the panel does.
 */
export async function measureSearch(site: ServedSite, queries: readonly string[] = QUERIES): Promise<QueryCost[]> {
  const costs: QueryCost[] = [];
  for (const opened of [false, true]) {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    // A page of the site's origin that loads nothing itself (the server answers 404 in plain text).
    await page.goto(`${site.origin}/bench-blank`);
    const recorder = recordTransfers(page);
    const openMs = opened
      ? (await page.evaluate(runQuery, { query: "", open: true, search: false })).openMs
      : undefined;
    for (const [i, query] of (opened ? queries.slice(0, 1) : queries).entries()) {
      const log = i === 0 ? recorder : recordTransfers(page);
      const measured = await page.evaluate(runQuery, { query, open: i === 0 && !opened, search: true });
      const mode = opened ? "opened" : i === 0 ? "cold" : "later";
      costs.push({ query, mode, ...measured, ...(openMs !== undefined && { openMs }), ...totals(await log.stop()) });
    }
    await context.close();
  }
  return costs;
}
