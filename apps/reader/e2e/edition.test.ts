import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { axeViolations } from "./support/axe.ts";
import { buildWithEssays } from "./support/build-with-essays.ts";
import { useSite } from "./support/site.ts";

const site = useSite();
const ESSAY = "/talking-about-talking/";

async function open(
  options: { width: number; javaScript?: boolean; bypassCSP?: boolean },
  path = ESSAY,
): Promise<Page> {
  // axe-core is injected as an inline script, which the site's Content-Security-Policy rightly refuses.
  const context = await site.browser.newContext({
    viewport: { width: options.width, height: 900 },
    javaScriptEnabled: options.javaScript ?? true,
    bypassCSP: options.bypassCSP ?? false,
  });
  const page = await context.newPage();
  await page.goto(`${site.origin}${path}`);
  return page;
}

async function box(page: Page, selector: string) {
  const found = await page.locator(selector).boundingBox();
  if (!found) throw new Error(`${selector} is not laid out`);
  return found;
}

describe.each([true, false])("margin notes on a wide screen (JavaScript %s)", (javaScript) => {
  test("sit in the right margin beside the line of their quote, in document order", async () => {
    const page = await open({ width: 1400, javaScript });
    const numbers = await page.locator(".sidenote .sidenote-number").allTextContents();
    expect(numbers.length).toBeGreaterThanOrEqual(15);
    expect(numbers).toEqual(numbers.map((_, i) => String(i + 1)));
    // The casualty estimate of ¶10: its note names its source and sits beside its line.
    const id = await page.locator("#p10 .sidenote").getAttribute("id");
    const text = await box(page, "#p10 > p");
    const note = await box(page, `#${id}`);
    const ref = await box(page, `#${id}-ref`);
    expect(await page.locator(`#${id}`).isVisible()).toBe(true);
    expect(note.x).toBeGreaterThan(text.x + text.width);
    expect(note.x + note.width).toBeLessThanOrEqual(1400);
    // Notes stack when several fall close together, as in Tufte CSS, but never drift far.
    expect(note.y - ref.y).toBeGreaterThan(-12);
    expect(note.y - ref.y).toBeLessThan(160);
    const first = await box(page, "#note-1");
    const firstRef = await box(page, "#note-1-ref");
    expect(Math.abs(first.y - firstRef.y)).toBeLessThan(30);
    for (const n of numbers) {
      const [sidenote, number] = [await box(page, `#note-${n}`), await box(page, `#note-${n}-ref`)];
      expect(sidenote.y, `note ${n} is not above its line`).toBeGreaterThan(number.y - 12);
    }
    await expect(page.locator(`#${id}`).textContent()).resolves.toContain("New York Times");
    await expect(page.locator(`#${id}`).textContent()).resolves.toContain("August 18, 2023");
    await page.context().close();
  });

  test("mark the quoted words in the text", async () => {
    const page = await open({ width: 1400, javaScript });
    const marks = await page.locator("#p18 mark.note-mark").allTextContents();
    expect(marks).toContain("the September 2022 presidential decree");
    await page.context().close();
  });
});

describe.each([true, false])("margin notes on a phone (JavaScript %s)", (javaScript) => {
  test("fold behind a numbered control that the keyboard reaches and opens", async () => {
    const page = await open({ width: 390, javaScript });
    const note = page.locator("#note-3");
    await expect(note.isVisible()).resolves.toBe(false);
    const toggle = page.getByRole("checkbox", { name: "Note 3" });
    await expect(toggle.count()).resolves.toBe(1);
    await page.locator("#p1 .pnum").focus();
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press("Tab");
      if (await page.evaluate(() => document.activeElement?.id === "note-3-toggle")) break;
    }
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("note-3-toggle");
    await page.keyboard.press("Space");
    await expect(note.isVisible()).resolves.toBe(true);
    await expect(note.textContent()).resolves.toContain("February 8, 2024");
    const opened = await box(page, "#note-3");
    expect(opened.x).toBeGreaterThanOrEqual(0);
    expect(opened.x + opened.width).toBeLessThanOrEqual(390);
    await page.keyboard.press("Space");
    await expect(note.isVisible()).resolves.toBe(false);
    await page.context().close();
  });
});

describe("cross-references", () => {
  test("the paragraph that defines “signals” lists where the term is used, and those paragraphs link back", async () => {
    const page = await open({ width: 1400, javaScript: false });
    const defines = page.locator('#p15 .xref-item[data-reason="defines"][data-direction="out"] a');
    expect(await defines.evaluateAll((links) => links.map((link) => link.getAttribute("href")))).toEqual(
      expect.arrayContaining(["#p4", "#p16", "#p17"]),
    );
    const back = page.locator('#p16 .xref-item[data-reason="defines"][data-direction="in"]');
    await expect(back.textContent()).resolves.toMatch(/term defined in\s+¶15/);
    await page.locator('#p11 .xref-item[data-reason="defines"] a[href="#p4"]').click();
    expect(new URL(page.url()).hash).toBe("#p4");
    await page.context().close();
  });

  test("a backlink quotes the sentence that refers back", async () => {
    const page = await open({ width: 1400, javaScript: false });
    const backlink = page.locator('#p18 .xref-item[data-reason="back-reference"][data-direction="in"]');
    await expect(backlink.textContent()).resolves.toContain("These proposed efforts");
    await page.context().close();
  });

  test("hovering or focusing a link previews its target; Esc closes it; previews never stack", async () => {
    const page = await open({ width: 1400 });
    const link = page.locator('#p15 .xref-item[data-reason="defines"] a[href="#p4"]');
    await link.hover();
    const preview = page.locator("#xref-preview");
    await expect(preview.isVisible()).resolves.toBe(true);
    await expect(preview.textContent()).resolves.toContain("It is time to begin to build those channels.");
    await expect(preview.textContent()).resolves.not.toContain("Carlson");
    await page.locator('#p16 .xref-item a[href="#p15"]').first().focus();
    await expect(page.locator(":popover-open").count()).resolves.toBe(1);
    await expect(preview.textContent()).resolves.toContain("Signals are unilateral actions");
    await page.keyboard.press("Escape");
    await expect(preview.isVisible()).resolves.toBe(false);
    await page.context().close();
  });
});

describe("the argument map and the kind control", () => {
  test("draws one mark per sentence, grouped in one link per paragraph with an accessible name", async () => {
    const page = await open({ width: 1400, javaScript: false });
    await page.locator(".map-panel > summary").click();
    const sentences = await page.locator(".essay-body .claim").count();
    await expect(page.locator(".argument-map .map-mark").count()).resolves.toBe(sentences);
    const links = page.locator(".argument-map a");
    await expect(links.count()).resolves.toBe(19);
    await expect(links.nth(3).getAttribute("href")).resolves.toBe("#p4");
    await expect(page.getByRole("link", { name: /^Paragraph 4: recommendation/ }).count()).resolves.toBe(1);
    await expect(page.locator(".argument-map .map-mark.thesis").count()).resolves.toBeGreaterThanOrEqual(1);
    await page.context().close();
  });

  test("highlights one kind at a time without JavaScript", async () => {
    const page = await open({ width: 1400, javaScript: false });
    const colour = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((node) => getComputedStyle(node).textDecorationColor);
    // Plain prose until the reader asks for marks.
    await expect(colour('.essay-body .claim[data-kind="recommendation"]')).resolves.toBe("rgba(0, 0, 0, 0)");
    await page.getByLabel("Mark claims").selectOption("all");
    const before = await colour('.essay-body .claim[data-kind="recommendation"]');
    expect(before).not.toBe("rgba(0, 0, 0, 0)");
    await page.getByLabel("Mark claims").selectOption("evidence");
    await expect(colour('.essay-body .claim[data-kind="recommendation"]')).resolves.toBe("rgba(0, 0, 0, 0)");
    const evidence = await page
      .locator('.essay-body .claim[data-kind="evidence"]')
      .first()
      .evaluate((node) => getComputedStyle(node).backgroundColor);
    expect(evidence).not.toBe("rgba(0, 0, 0, 0)");
    await page.context().close();
  });

  test("reveals each sentence's kind and cues on request", async () => {
    const page = await open({ width: 390, javaScript: false });
    const shownCue = () =>
      page
        .locator(".essay-body .claim")
        .first()
        .evaluate((node) => getComputedStyle(node, "::after").content);
    await expect(shownCue()).resolves.toBe("none");
    await page.locator(".map-panel > summary").click();
    await page.getByRole("checkbox", { name: /kind and cues/ }).check();
    await expect(shownCue()).resolves.toMatch(/\[/);
    await page.context().close();
  });
});

describe("print", () => {
  test("turns margin notes into numbered notes at the end", async () => {
    const page = await open({ width: 1400, javaScript: false });
    await page.emulateMedia({ media: "print" });
    await expect(page.locator("#note-1").isVisible()).resolves.toBe(false);
    const endnotes = page.locator(".endnotes li");
    await expect(endnotes.first().isVisible()).resolves.toBe(true);
    const count = await page.locator(".sidenote").count();
    await expect(endnotes.count()).resolves.toBe(count);
    await page.context().close();
  });
});

describe("the claims and index pages", () => {
  test("the claims page lists every claim under its kind, linking to its paragraph", async () => {
    const reading = await open({ width: 1400, javaScript: false });
    const sentences = await reading.locator(".essay-body .claim").count();
    await reading.context().close();
    const page = await open({ width: 1400, javaScript: false }, `${ESSAY}claims/`);
    await expect(page.locator(".claims-item").count()).resolves.toBe(sentences);
    await expect(page.locator(".claims-group h2").first().textContent()).resolves.toMatch(/Recommendation/);
    const place = page.locator(".claims-place").first();
    await expect(place.getAttribute("href")).resolves.toMatch(/^\/talking-about-talking\/#p\d+$/);
    await place.click();
    await page.waitForURL(/#p\d+$/);
    await expect(page.locator(new URL(page.url()).hash).count()).resolves.toBe(1);
    await page.context().close();
  });

  test("the index groups names by type, in collation order, each mention linking to a paragraph", async () => {
    const page = await open({ width: 390, javaScript: false }, `${ESSAY}index/`);
    const headings = await page.locator(".index-group h2").allTextContents();
    expect(headings.length).toBeGreaterThan(0);
    for (const group of await page.locator(".index-group").all()) {
      const names = await group.locator(".index-name").allTextContents();
      expect(names).toEqual([...names].sort(new Intl.Collator("en", { sensitivity: "base", numeric: true }).compare));
    }
    const hrefs = await page
      .locator(".index-entry a")
      .evaluateAll((links) => links.map((link) => link.getAttribute("href")));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const target of hrefs) expect(target).toMatch(/^\/talking-about-talking\/#p([1-9]|1[0-9])$/);
    await page.context().close();
  });
});

describe.each([
  ["reading", ESSAY, 1400],
  ["reading", ESSAY, 390],
  ["claims", `${ESSAY}claims/`, 1400],
  ["index", `${ESSAY}index/`, 390],
])("axe-core on the %s page (%s, %ipx)", (_name, path, width) => {
  test("finds no violation", async () => {
    const page = await open({ width, bypassCSP: true }, path);
    await expect(axeViolations(page)).resolves.toEqual([]);
    await page.context().close();
  });
});

describe("a notes file that no longer matches its essay", () => {
  test("fails the build, naming the notes file, the line and the closest passage", async () => {
    const build = await buildWithEssays({
      "short.txt": "A Title\n\nIt is time to begin to build those channels.\n\nSignals are unilateral actions.\n",
      "short.notes.mdx": '{/* one note */}\n\n<Note exact="the Minsk agreements">Context.</Note>\n',
    });
    expect(build.ok).toBe(false);
    expect(build.output).toMatch(/short\.notes\.mdx:3/);
    expect(build.output).toContain("matches nowhere");
    expect(build.output).toContain("closest passage is ¶");
  }, 120_000);
});
