import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { launchBrowser, type StaticServer, serveStatic } from "@scholia/test-support";
import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll } from "vitest";

/** The built site: apps/reader/dist as `npm run build` leaves it, or SCHOLIA_OUT_DIR. */
export const DIST = process.env.SCHOLIA_OUT_DIR
  ? `${resolve(fileURLToPath(new URL("../../../../", import.meta.url)), process.env.SCHOLIA_OUT_DIR)}/`
  : fileURLToPath(new URL("../../dist/", import.meta.url));

/** The bundled essays folder, which the default build reads. */
export const DEFAULT_ESSAYS = fileURLToPath(new URL("../../essays/", import.meta.url));

/** What a browser test gets: the served site's origin and a browser to open it with. */
export interface SiteHarness {
  origin: string;
  browser: Browser;
  /** A fresh browser context (own cookies, viewport, JavaScript on or off). */
  context(options?: { width?: number; height?: number; javaScript?: boolean }): Promise<BrowserContext>;
}

/** Serves the built site and launches Chromium for the tests of one file; closes both after. */
export function useSite(root = DIST, base = "/"): SiteHarness {
  let server: StaticServer | undefined;
  const harness = {} as SiteHarness;
  beforeAll(async () => {
    server = await serveStatic(root, base);
    harness.origin = server.origin;
    harness.browser = await launchBrowser();
    harness.context = ({ width = 1400, height = 900, javaScript = true } = {}) =>
      harness.browser.newContext({ viewport: { width, height }, javaScriptEnabled: javaScript });
  });
  afterAll(async () => {
    await harness.browser?.close();
    await server?.close();
  });
  return harness;
}
