import { gzipSync } from "node:zlib";
import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { useSite } from "./support/site.ts";

// The performance budget of docs/product.md, in sizes rather than timings so that it holds on any
// machine. The web component's own budget (3 KB gzipped) is checked where it is built:
// packages/embed/test/size.test.ts. `npm run bench` reports the same figures with Lighthouse.
const JS_BUDGET = 10 * 1024;
const ESSAY = "/talking-about-talking/";
const site = useSite();

/** Every script the page received (external files and modules) and every inline script, gzipped. */
interface ScriptWeight {
  readonly files: readonly { url: string; gzipBytes: number }[];
  readonly inlineGzipBytes: number;
  readonly total: number;
}

/** Loads a page and waits for the network to go quiet, recording what it received and from where. */
async function loadUntouched(page: Page, path: string): Promise<{ scripts: ScriptWeight; origins: Set<string> }> {
  const received: Promise<{ url: string; gzipBytes: number } | undefined>[] = [];
  const origins = new Set<string>();
  page.on("request", (request) => {
    origins.add(new URL(request.url()).origin);
  });
  page.on("response", (response) => {
    const type = response.request().resourceType();
    const javascript = /javascript/.test(response.headers()["content-type"] ?? "");
    if (type !== "script" && !javascript) return;
    received.push(
      response.body().then(
        (body) => ({ url: response.url(), gzipBytes: gzipSync(body, { level: 9 }).length }),
        () => undefined,
      ),
    );
  });
  await page.goto(`${site.origin}${path}`, { waitUntil: "networkidle" });
  const files = (await Promise.all(received)).filter((file) => file !== undefined);
  // Inline scripts are JavaScript the page runs too; JSON data blocks are not.
  const inline = await page.locator("script:not([src])").evaluateAll((nodes) =>
    nodes
      .filter((node) => !/json/.test(node.getAttribute("type") ?? ""))
      .map((node) => node.textContent ?? "")
      .filter((text) => text.trim() !== ""),
  );
  const inlineGzipBytes = inline.length > 0 ? gzipSync(inline.join("\n"), { level: 9 }).length : 0;
  const total = files.reduce((sum, file) => sum + file.gzipBytes, inlineGzipBytes);
  return { scripts: { files, inlineGzipBytes, total }, origins };
}

describe("the reading page's budget", () => {
  test.each([
    { name: "wide screen", width: 1400 },
    { name: "phone", width: 390 },
  ])(`loads at most 10 KB of gzipped JavaScript before the reader does anything, on a $name`, async ({ width }) => {
    const context = await site.context({ width });
    const page = await context.newPage();
    const { scripts } = await loadUntouched(page, ESSAY);
    // Every external script the page refers to must have been counted, or the sum means nothing.
    const referenced = await page
      .locator("script[src]")
      .evaluateAll((nodes) => nodes.map((node) => (node as HTMLScriptElement).src));
    const counted = scripts.files.map((file) => file.url);
    for (const url of referenced) expect(counted).toContain(url);
    console.info(
      `reading page JavaScript before interaction: ${scripts.files.length} files + inline, ${scripts.total} bytes gzipped (budget ${JS_BUDGET})`,
    );
    expect(scripts.total).toBeLessThanOrEqual(JS_BUDGET);
    await context.close();
  });

  test("asks nothing of any other origin", async () => {
    const context = await site.context();
    const page = await context.newPage();
    const { origins } = await loadUntouched(page, ESSAY);
    expect([...origins]).toEqual([site.origin]);
    await context.close();
  });
});
