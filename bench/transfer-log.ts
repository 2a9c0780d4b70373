import { gzipSync } from "node:zlib";
import type { Page, Response } from "playwright-core";

/** One response a page received, with its body size as served and gzipped. */
export interface Transfer {
  readonly url: string;
  readonly type: string;
  readonly bytes: number;
  /** Size after gzip -9 for text types (what a CDN would send); the raw size for binary ones. */
  readonly gzipBytes: number;
}

const TEXT = /^(?:text\/|application\/(?:javascript|json|ld\+json|xml)|image\/svg)/;

/** Records every response of `page` from now on; `stop()` waits for the bodies and returns them. */
export function recordTransfers(page: Page): { stop: () => Promise<Transfer[]> } {
  const pending: Promise<Transfer | undefined>[] = [];
  const onResponse = (response: Response): void => {
    pending.push(measure(response));
  };
  page.on("response", onResponse);
  return {
    stop: async () => {
      page.off("response", onResponse);
      return (await Promise.all(pending)).filter((transfer) => transfer !== undefined);
    },
  };
}

async function measure(response: Response): Promise<Transfer | undefined> {
  let body: Buffer;
  try {
    body = await response.body();
  } catch {
    return undefined; // redirects and aborted requests have no body
  }
  const type = (response.headers()["content-type"] ?? "").split(";")[0] ?? "";
  const gzipBytes = TEXT.test(type) ? gzipSync(body, { level: 9 }).length : body.length;
  return { url: response.url(), type, bytes: body.length, gzipBytes };
}

/** Sums bytes and gzipped bytes of a list of transfers. */
export function totals(transfers: readonly Transfer[]): { bytes: number; gzipBytes: number; requests: number } {
  return transfers.reduce(
    (sum, t) => ({ bytes: sum.bytes + t.bytes, gzipBytes: sum.gzipBytes + t.gzipBytes, requests: sum.requests + 1 }),
    { bytes: 0, gzipBytes: 0, requests: 0 },
  );
}
