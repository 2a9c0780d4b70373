import { mkdir, readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { useSite } from "./support/site.ts";

const ESSAY = fileURLToPath(new URL("../essays/talking-about-talking.txt", import.meta.url));
const SHOTS = fileURLToPath(new URL("./screenshots/", import.meta.url));
const site = useSite();

// The source file itself, not the parser, says what the page must show: line 1 is the
// headline, line 2 the subtitle, and every further line one paragraph.
async function sourceLines(): Promise<string[]> {
  return (await readFile(ESSAY, "utf8")).split(/\r?\n/).filter((line) => line.trim() !== "");
}

describe.each([
  { name: "wide screen", width: 1400, javaScript: true },
  { name: "phone", width: 390, javaScript: true },
  { name: "JavaScript off", width: 1400, javaScript: false },
])("the reading page on a $name", ({ name, width, javaScript }) => {
  test("shows the headline, the subtitle and all 19 paragraphs with every word intact", async () => {
    const [title, subtitle, ...paragraphs] = await sourceLines();
    const context = await site.context({ width, javaScript });
    const page = await context.newPage();
    await page.goto(`${site.origin}/talking-about-talking/`);
    await expect(page.locator("h1").textContent()).resolves.toBe(title);
    await expect(page.locator(".dek").first().textContent()).resolves.toBe(subtitle);
    // The essay's own words: the paragraph without the editor's notes set inside it.
    const shown = await page.locator(".passage > p").evaluateAll((nodes) =>
      nodes.map((node) => {
        const copy = node.cloneNode(true) as HTMLElement;
        for (const added of copy.querySelectorAll("[data-pagefind-ignore]")) added.remove();
        return copy.textContent;
      }),
    );
    expect(shown).toEqual(paragraphs.map((line) => line.trim()));
    const ids = await page.locator(".passage").evaluateAll((nodes) => nodes.map((node) => node.id));
    expect(ids).toEqual(paragraphs.map((_, i) => `p${i + 1}`));
    await mkdir(SHOTS, { recursive: true });
    await page.screenshot({ path: `${SHOTS}reading-${name.replace(/\W+/g, "-")}.png`, fullPage: false });
    await context.close();
  });

  test("warns that the headline names people and places the body never mentions", async () => {
    const context = await site.context({ width, javaScript });
    const page = await context.newPage();
    await page.goto(`${site.origin}/talking-about-talking/`);
    const warning = page.locator(".diagnostics");
    await expect(warning.isVisible()).resolves.toBe(true);
    const text = await warning.textContent();
    expect(text).toContain("Israel");
    expect(text).toContain("Netanyahu");
    await context.close();
  });

  test("fits the viewport without sideways scrolling", async () => {
    const context = await site.context({ width, javaScript });
    const page = await context.newPage();
    await page.goto(`${site.origin}/talking-about-talking/`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });
});

describe("paragraph permalinks", () => {
  test("the ¶ number links to its own paragraph and brings it into view", async () => {
    const context = await site.context({ width: 1400 });
    const page = await context.newPage();
    await page.goto(`${site.origin}/talking-about-talking/`);
    const number = page.locator("#p12 .pnum");
    await expect(number.getAttribute("href")).resolves.toBe("#p12");
    await number.click();
    expect(new URL(page.url()).hash).toBe("#p12");
    await expect(page.locator("#p12").isVisible()).resolves.toBe(true);
    await context.close();
  });

  test("every sentence carries its claim kind", async () => {
    const context = await site.context({ width: 1400 });
    const page = await context.newPage();
    await page.goto(`${site.origin}/talking-about-talking/`);
    const kinds = await page
      .locator(".passage .claim")
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute("data-kind")));
    expect(kinds.length).toBeGreaterThan(60);
    for (const kind of kinds)
      expect(["recommendation", "prediction", "evidence", "attribution", "concession", "assessment"]).toContain(kind);
    await context.close();
  });
});

describe("the library page", () => {
  test("lists the essay with its title, subtitle and claim counts, linking to it", async () => {
    const context = await site.context({ width: 390, javaScript: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}/`);
    const link = page.locator(".library-item h2 a");
    await expect(link.textContent()).resolves.toBe("A Cease-Fire Deal Now Would Be a Victory for Israel");
    await link.click();
    await expect(page.locator("#p19").count()).resolves.toBe(1);
    await context.close();
  });
});
