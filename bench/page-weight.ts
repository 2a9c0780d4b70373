import type { ServedSite } from "./served-site.ts";
import { recordTransfers, type Transfer, totals } from "./transfer-log.ts";

/** Bytes of one kind of resource a page loads before any interaction. */
export interface WeightLine {
  readonly requests: number;
  readonly bytes: number;
  readonly gzipBytes: number;
}

/** What a page loads, by kind, before the reader does anything. */
export interface PageWeight {
  readonly path: string;
  readonly html: WeightLine;
  readonly css: WeightLine;
  readonly js: WeightLine;
  readonly other: WeightLine;
  readonly total: WeightLine;
}

function kindOf(transfer: Transfer): "html" | "css" | "js" | "other" {
  if (transfer.type === "text/html") return "html";
  if (transfer.type === "text/css") return "css";
  if (/javascript/.test(transfer.type)) return "js";
  return "other";
}

/** Opens `path` in a fresh context, waits until the network is idle, and sums what loaded. */
export async function measurePageWeight(site: ServedSite, path: string): Promise<PageWeight> {
  const context = await site.browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  const recorder = recordTransfers(page);
  await page.goto(`${site.origin}${path}`, { waitUntil: "networkidle" });
  const transfers = await recorder.stop();
  await context.close();
  const pick = (kind: ReturnType<typeof kindOf>): WeightLine => totals(transfers.filter((t) => kindOf(t) === kind));
  return { path, html: pick("html"), css: pick("css"), js: pick("js"), other: pick("other"), total: totals(transfers) };
}
