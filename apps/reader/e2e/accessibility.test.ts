import { describe, expect, test } from "vitest";
import { axeViolations } from "./support/axe.ts";
import { useSite } from "./support/site.ts";

const site = useSite();

// One page of every type the site builds; the edition and passage tests check the light scheme
// in depth, so this sweep covers every page type in the dark scheme at both widths.
const PAGES = [
  "/",
  "/talking-about-talking/",
  "/talking-about-talking/claims/",
  "/talking-about-talking/index/",
  "/talking-about-talking/p4/",
  "/embed/talking-about-talking/p4/",
  "/search/?q=russia",
];

describe.each([1400, 390])("every page type in the dark colour scheme at %ipx", (width) => {
  test.each(PAGES)("axe-core finds no violation on %s", async (path) => {
    // axe is injected as an inline script, which the site's own CSP (rightly) refuses.
    const context = await site.browser.newContext({
      viewport: { width, height: 900 },
      colorScheme: "dark",
      bypassCSP: true,
    });
    const page = await context.newPage();
    await page.goto(`${site.origin}${path}`);
    if (path.startsWith("/search/")) await page.locator(".search-result").first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
