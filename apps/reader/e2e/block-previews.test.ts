import { fileURLToPath } from "node:url";
import { launchBrowser, type StaticServer, serveStatic } from "@scholia/test-support";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type BuildResult, buildSite } from "./support/build-site.ts";

// An essay written for these tests: prose, a table with a footnote in a cell, prose, a code block, a figure with a
// caption, prose. Readers must never see a table's pipes in any preview, nor a table's number or claims twice.
const ESSAYS = fileURLToPath(new URL("./fixtures/block-previews/", import.meta.url));
const SLUG = "harbour-gauge";
const TABLE = "Table: Month, High water (m), Low water (m)";
const WIDTHS = [1400, 390] as const;

let build: BuildResult;
let server: StaticServer;
let browser: Browser;

const open = async (path: string, width: number): Promise<Page> => {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${server.origin}${path}`);
  return page;
};

/** The words a reader sees in a passage page's link to its previous or next passage. */
const neighbour = (page: Page, which: "previous" | "next"): Promise<string | null> =>
  page.locator(`.passage-neighbours .${which} .neighbour-text`).textContent();

beforeAll(async () => {
  build = await buildSite(ESSAYS);
  if (!build.ok) throw new Error(`the build failed:\n${build.output.slice(-4000)}`);
  server = await serveStatic(build.outDir);
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe.each(WIDTHS)("at %i px", (width) => {
  test("neighbour links preview a table by its header, code by its language and first line, a figure by its caption", async () => {
    const after = await open(`/${SLUG}/p4/`, width);
    await expect(neighbour(after, "previous")).resolves.toBe(TABLE);
    await expect(neighbour(after, "next")).resolves.toBe(
      'Code (python): readings = load_readings("gauge-notebook.csv")',
    );
    // The code is shown as code, in the monospace face of code blocks.
    const code = after.locator(".passage-neighbours .next code");
    await expect(code.textContent()).resolves.toBe('readings = load_readings("gauge-notebook.csv")');
    const face = await code.evaluate((element) => getComputedStyle(element).fontFamily);
    expect(face).toMatch(/mono/i);
    await after.context().close();

    const code5 = await open(`/${SLUG}/p5/`, width);
    await expect(neighbour(code5, "next")).resolves.toBe("Figure: The gauge by the north steps");
    await code5.context().close();

    const before = await open(`/${SLUG}/p2/`, width);
    await expect(neighbour(before, "next")).resolves.toBe(TABLE);
    // Prose still opens with its first words.
    await expect(neighbour(before, "previous")).resolves.toBe("Twice a day someone walks down to the…");
    await before.context().close();
  });

  test("a table's passage page has no stray ¶ number and no empty claims section; prose keeps its claims", async () => {
    const page = await open(`/${SLUG}/p3/`, width);
    await expect(page.locator(".passage-text table").isVisible()).resolves.toBe(true);
    await expect(page.locator(".passage-text .pnum").isVisible()).resolves.toBe(false);
    await expect(page.locator("#claims-title").count()).resolves.toBe(0);
    await expect(page.locator(".passage-page").textContent()).resolves.not.toContain("|");
    // Its description for search engines and link previews is in words too.
    const description = await page.locator('meta[name="description"]').getAttribute("content");
    expect(description).toBe(TABLE);
    await page.context().close();

    const prose = await open(`/${SLUG}/p4/`, width);
    await expect(prose.locator(".passage-text .pnum").isVisible()).resolves.toBe(false);
    await expect(prose.locator("#claims-title").isVisible()).resolves.toBe(true);
    await expect(prose.locator(".passage-claims .claim-item").count()).resolves.toBe(1);
    await prose.context().close();
  });

  test("a table cell's footnote shows its number once, in the cell, and the number opens the note", async () => {
    const page = await open(`/${SLUG}/`, width);
    const numbers = page.locator("#p3 .note-number");
    await expect(numbers.count()).resolves.toBe(1);
    await expect(page.locator("#p3 td .note-number").textContent()).resolves.toBe("Note 1");
    await expect(page.locator("#p3 .block-notes .note-number").count()).resolves.toBe(0);
    // What a reader sees around the table: the cell's "4.1" and its number, and nothing after the table but the note.
    const visibleNumbers = await page
      .locator("#p3")
      .evaluate((passage) =>
        [...passage.querySelectorAll<HTMLElement>(".note-number, .sidenote-number")]
          .filter((element) => element.checkVisibility())
          .map((element) => (element.closest("td") ? "cell" : element.closest(".sidenote") ? "note" : "elsewhere")),
      );
    // In the margin (wide screens) the note shows its own number, as every sidenote does; folded, only the cell's.
    expect(visibleNumbers).toEqual(width >= 1024 ? ["cell", "note"] : ["cell"]);
    const note = page.locator("#p3 .sidenote");
    if (width < 1024) {
      await expect(note.isVisible()).resolves.toBe(false);
      await page.locator("#p3 td .note-number").click();
    }
    await expect(note.isVisible()).resolves.toBe(true);
    await expect(note.textContent()).resolves.toContain("Read from the painted board");
    const sideways = await page.evaluate(() => (document.scrollingElement?.scrollWidth ?? 0) - window.innerWidth);
    expect(sideways).toBeLessThanOrEqual(0);
    await page.context().close();
  });

  test("a cross-reference preview of a table, code block or figure says what it is, in words", async () => {
    const page = await open(`/${SLUG}/`, width);
    // The model links prose to prose today; a link to any block must still preview it without markup.
    await page.evaluate(() => {
      const here = document.querySelector("#p1 > p");
      for (const id of ["p3", "p5", "p6"]) {
        const link = Object.assign(document.createElement("a"), { href: `#${id}`, className: "xref" });
        link.dataset.preview = id;
        link.textContent = ` ¶${id.slice(1)}`;
        here?.append(link);
      }
    });
    const preview = page.locator("#xref-preview");
    const expected = {
      p3: TABLE,
      p5: 'Code (python): readings = load_readings("gauge-notebook.csv")',
      p6: "Figure: The gauge by the north steps",
    };
    for (const [id, words] of Object.entries(expected)) {
      await page.locator(`#p1 a[data-preview="${id}"]`).focus();
      await expect(preview.isVisible()).resolves.toBe(true);
      const text = await preview.locator(":scope > p:not(.preview-head)").textContent();
      expect(text).toBe(words);
    }
    await page.context().close();
  });
});

test("search excerpts of a table read as words, without pipes", async () => {
  const page = await open(`/${SLUG}/`, 1400);
  await page.keyboard.press("/");
  await page.locator("#search-dialog input[type=search]").waitFor();
  await page.keyboard.type("February");
  await page.waitForFunction(
    () => document.querySelector<HTMLElement>("#search-dialog .search-results")?.dataset.query === "February",
  );
  const excerpts = await page.locator("#search-dialog .search-excerpt").allInnerTexts();
  expect(excerpts.length).toBeGreaterThan(0);
  expect(excerpts.join(" ")).toContain("February, 3.9, 0.8");
  expect(excerpts.join(" ")).not.toContain("|");
  await page.context().close();
});
