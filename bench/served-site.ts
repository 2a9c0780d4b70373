import { launchBrowser, serveStatic } from "@scholia/test-support";
import type { Browser } from "playwright-core";

/** A built site served on localhost, with a headless Chromium to open it. */
export interface ServedSite {
  readonly origin: string;
  readonly browser: Browser;
  readonly close: () => Promise<void>;
}

/** Serves `root` with the browser tests' static server and launches Debian's Chromium. */
export async function serveSite(root: string, base = "/"): Promise<ServedSite> {
  const server = await serveStatic(root, base);
  const browser = await launchBrowser();
  return {
    origin: server.origin,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
