import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { useSite } from "./support/site.ts";

const site = useSite();
const ESSAY = "/talking-about-talking";
// What the caveat says in every length: that the headline is in doubt, and what the text is about.
const SAYS = /Headline in doubt/;
const ABOUT = /the text is about [^.]*Kyiv/;

async function open(path: string, width = 1400): Promise<Page> {
  const context = await site.browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${site.origin}${path}`);
  return page;
}

describe("the headline's caveat travels with the headline", () => {
  test.each([
    ["reading", `${ESSAY}/`],
    ["passage", `${ESSAY}/p10/`],
    ["claims", `${ESSAY}/claims/`],
    ["index", `${ESSAY}/index/`],
  ])("on the %s page: in the text, the title and the meta description", async (_name, path) => {
    const page = await open(path);
    const text = await page.locator("main").textContent();
    expect(text).toMatch(ABOUT);
    await expect(page.title()).resolves.toMatch(SAYS);
    await expect(page.locator('meta[name="description"]').getAttribute("content")).resolves.toMatch(ABOUT);
    await page.context().close();
  });

  test("on the iframe page, under the title, and in the oEmbed response's html", async () => {
    const page = await open(`/embed${ESSAY}/p10/`, 600);
    await expect(page.locator("figcaption").textContent()).resolves.toMatch(ABOUT);
    await expect(page.title()).resolves.toMatch(SAYS);
    const oembed = (await (await fetch(`${site.origin}/oembed${ESSAY}/p10.json`)).json()) as { html: string };
    expect(oembed.html).toMatch(ABOUT);
    await page.context().close();
  });

  test("in search results, after the essay's title", async () => {
    const page = await open("/search/?q=channels");
    // Results are grouped under their essay: the caveat follows the essay's title, once per group.
    const group = page.locator(".search-essay").first();
    await group.waitFor();
    await expect(group.locator(".search-essay-title + .search-result-caveat").textContent()).resolves.toMatch(ABOUT);
    await page.context().close();
  });
});

/** The cues of every claim of the essay: the model's words, which the pages show as they are. */
async function cues(): Promise<string[]> {
  const model = (await (await fetch(`${site.origin}${ESSAY}.json`)).json()) as {
    paragraphs: { claims: { cues: string[] }[] }[];
  };
  return [...new Set(model.paragraphs.flatMap((p) => p.claims.flatMap((claim) => claim.cues)))].sort(
    (a, b) => b.length - a.length,
  );
}

describe("the pages' own words", () => {
  // An internal code reads like `default:assessment` or `reporting-verb:agree`; diagnostics have codes too.
  const CODE = /\b[a-z]+(?:-[a-z]+)*:[a-z][\w-]*/;

  test.each([`${ESSAY}/`, `${ESSAY}/claims/`, `${ESSAY}/p4/`])(
    "never show an internal code in text or tooltips on %s",
    async (path) => {
      const page = await open(path);
      // Show each sentence's kind and cues too, where the page offers it.
      await page.evaluate(() => document.getElementById("show-cues")?.click());
      const shown = await page.evaluate(() => {
        // biome-ignore lint/performance/useDomNodeTextContent: what a reader sees, hidden text left out
        const texts = [document.body.innerText];
        for (const element of document.querySelectorAll("[title], [aria-label]"))
          texts.push(element.getAttribute("title") ?? "", element.getAttribute("aria-label") ?? "");
        for (const element of document.querySelectorAll(".claim"))
          texts.push(getComputedStyle(element, "::after").content);
        return texts;
      });
      // The cues are the model's (another part of the project words them); the rest is the page's.
      const known = await cues();
      const own = shown.map((text) => known.reduce((rest, cue) => rest.split(cue).join(" "), text));
      const codes = own.flatMap((text) => text.match(new RegExp(CODE, "g")) ?? []);
      expect(codes).toEqual([]);
      for (const text of own) expect(text).not.toMatch(/headline-body-mismatch|note-reanchored|empty-paragraph/);
      await page.context().close();
    },
  );
});
