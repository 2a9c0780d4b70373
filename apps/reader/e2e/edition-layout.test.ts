import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { boxesOf, contrast, median, overlaps } from "./support/layout.ts";
import { useSite } from "./support/site.ts";

const site = useSite();
const ESSAY = "/talking-about-talking/";
const MARGIN_ITEMS = ".essay-body .sidenote, .essay-body .passage > .xrefs";
const TEXT_RUNS = ".essay-body .passage > p, .essay-body .pnum, .essay-body .section-title";

async function open(path = ESSAY, { width = 1400, height = 900, javaScript = true, dark = false } = {}): Promise<Page> {
  const context = await site.browser.newContext({
    viewport: { width, height },
    javaScriptEnabled: javaScript,
    colorScheme: dark ? "dark" : "light",
  });
  const page = await context.newPage();
  await page.goto(`${site.origin}${path}`);
  if (javaScript) await page.locator("html.margins-placed").waitFor({ state: "attached" });
  return page;
}

/** How far each note's top is from its reference's top, in pixels, for the notes in a margin. */
function noteOffsets(page: Page): Promise<{ n: string; offset: number; inMargin: boolean }[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>(".essay-body .sidenote")].map((note) => {
      const ref = document.getElementById(`${note.id}-ref`) as HTMLElement;
      const body = (document.querySelector(".essay-body") as HTMLElement).getBoundingClientRect();
      const box = note.getBoundingClientRect();
      const visible = getComputedStyle(note).visibility !== "hidden" && box.height > 0;
      return {
        n: note.id,
        offset: box.top - ref.getBoundingClientRect().top,
        inMargin: visible && (box.left >= body.right || box.right <= body.left),
      };
    }),
  );
}

describe("margin notes and links at 1400×900", () => {
  test.each([true, false])("sit beside their lines, and no two margin items overlap (JavaScript %s)", async (js) => {
    const page = await open(ESSAY, { javaScript: js });
    const offsets = await noteOffsets(page);
    expect(offsets.length).toBeGreaterThanOrEqual(15);
    expect(offsets.filter((note) => !note.inMargin).map((note) => note.n)).toEqual([]);
    const distances = offsets.map((note) => Math.abs(note.offset));
    console.info(
      `note offsets at 1400 px (JavaScript ${js}): median ${median(distances).toFixed(1)} px, worst ${Math.max(...distances).toFixed(1)} px`,
    );
    if (js) {
      expect(median(distances)).toBeLessThanOrEqual(10);
      expect(Math.max(...distances)).toBeLessThanOrEqual(150);
    }
    const items = await boxesOf(page, MARGIN_ITEMS);
    expect(items.length).toBeGreaterThan(offsets.length);
    // No margin item overprints another, nor the text, nor a ¶ number.
    expect(overlaps([...items, ...(await boxesOf(page, TEXT_RUNS))])).toEqual([]);
    await page.context().close();
  });

  test("leaves no empty height under a paragraph for its margin links", async () => {
    const page = await open();
    const gaps = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>(".essay-body .passage")].map(
        (passage) =>
          passage.getBoundingClientRect().bottom -
          (passage.querySelector(":scope > p") as HTMLElement).getBoundingClientRect().bottom,
      ),
    );
    expect(Math.max(...gaps)).toBeLessThan(2);
    await page.context().close();
  });

  test("pointing at a note's number highlights its note and quote, and the reverse", async () => {
    const page = await open();
    await page.locator("#note-3-ref").hover();
    await expect(page.locator("#note-3").evaluate((note) => getComputedStyle(note).outlineStyle)).resolves.toBe(
      "solid",
    );
    await expect(
      page
        .locator('mark.note-mark[data-note="3"]')
        .first()
        .evaluate((mark) => getComputedStyle(mark).backgroundColor),
    ).resolves.not.toBe("rgba(0, 0, 0, 0)");
    await page.locator("#p1 .pnum").hover();
    await expect(page.locator("#note-3").evaluate((note) => getComputedStyle(note).outlineStyle)).resolves.toBe("none");
    await page.locator("#note-10").hover();
    await expect(
      page.locator("#note-10-ref").evaluate((ref) => getComputedStyle(ref).backgroundColor),
    ).resolves.not.toBe("rgba(0, 0, 0, 0)");
    await page.context().close();
  });

  test("at 1024 px the notes are in the margin too where there is room, inside the window", async () => {
    const page = await open(ESSAY, { width: 1024, height: 800 });
    const offsets = await noteOffsets(page);
    const outside = offsets.filter((note) => !note.inMargin).map((note) => note.n);
    expect(outside.length).toBeLessThanOrEqual(offsets.length / 5);
    // A note with no room beside its line folds behind its number, as on a phone.
    for (const n of outside) await expect(page.locator(`#${n}-ref.fold`).count()).resolves.toBe(1);
    const items = await boxesOf(page, ".essay-body .sidenote");
    for (const item of items) expect(item.right).toBeLessThanOrEqual(1024);
    expect(overlaps(items)).toEqual([]);
    await page.context().close();
  });
});

/** The sentences a reader sees marked: an underline, a tint, or a weight different from the text's. */
function decoratedSentences(page: Page): Promise<{ decorated: number; sentences: number }> {
  return page.evaluate(() => {
    const claims = [...document.querySelectorAll<HTMLElement>(".essay-body .claim")];
    const shown = (colour: string) => colour !== "rgba(0, 0, 0, 0)" && colour !== "transparent";
    const decorated = claims.filter((claim) => {
      const style = getComputedStyle(claim);
      const paragraph = getComputedStyle(claim.closest("p") as HTMLElement);
      const underline = style.textDecorationLine !== "none" && shown(style.textDecorationColor);
      const marks = [...claim.querySelectorAll("mark")].some((mark) => shown(getComputedStyle(mark).backgroundColor));
      return underline || shown(style.backgroundColor) || style.fontWeight !== paragraph.fontWeight || marks;
    });
    return { decorated: decorated.length, sentences: claims.length };
  });
}

describe("quiet prose by default", () => {
  test.each([true, false])(
    "at most a tenth of the sentences are marked before the reader chooses (JavaScript %s)",
    async (js) => {
      const page = await open(ESSAY, { javaScript: js });
      const { decorated, sentences } = await decoratedSentences(page);
      console.info(`sentences decorated at load: ${decorated} of ${sentences}`);
      expect(sentences).toBeGreaterThan(60);
      expect(decorated / sentences).toBeLessThanOrEqual(0.1);
      await page.context().close();
    },
  );

  test("marking a kind is one choice away and the choice is kept in the URL and for the next visit", async () => {
    const page = await open();
    await page.getByLabel("Mark claims").selectOption("evidence");
    expect(new URL(page.url()).searchParams.get("kinds")).toBe("evidence");
    const evidence = await decoratedSentences(page);
    const count = await page.locator('.essay-body .claim[data-kind="evidence"]').count();
    expect(evidence.decorated).toBe(count);
    const again = await page.context().newPage();
    await again.goto(`${site.origin}${ESSAY}`);
    await expect(again.getByLabel("Mark claims").inputValue()).resolves.toBe("evidence");
    await again.goto(`${site.origin}${ESSAY}?kinds=prediction`);
    await expect(again.getByLabel("Mark claims").inputValue()).resolves.toBe("prediction");
    await page.context().close();
  });

  test("the choice works without JavaScript too", async () => {
    const page = await open(ESSAY, { javaScript: false });
    await page.getByLabel("Mark claims").selectOption("all");
    const { decorated, sentences } = await decoratedSentences(page);
    expect(decorated).toBeGreaterThan(sentences / 3);
    await page.context().close();
  });

  test.each([false, true])("every marking has at least 3:1 contrast with the page (dark %s)", async (dark) => {
    const page = await open(ESSAY, { dark });
    const paper = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    const kinds = ["recommendation", "prediction", "evidence", "attribution", "concession", "assessment"];
    for (const kind of kinds) {
      await page.getByLabel("Mark claims").selectOption(kind);
      const line = await page
        .locator(`.essay-body .claim[data-kind="${kind}"]`)
        .first()
        .evaluate((claim) => getComputedStyle(claim).textDecorationColor);
      expect(contrast(line, paper), `${kind} underline ${line} on ${paper}`).toBeGreaterThanOrEqual(3);
    }
    await page.getByLabel("Mark claims").selectOption("all");
    const fills = await page
      .locator(".argument-map .map-mark path")
      .evaluateAll((paths) => [...new Set(paths.map((path) => getComputedStyle(path).fill))]);
    for (const fill of fills) expect(contrast(fill, paper), `map mark ${fill}`).toBeGreaterThanOrEqual(3);
    const numbers = await page
      .locator(".note-number")
      .first()
      .evaluate((ref) => getComputedStyle(ref).color);
    expect(contrast(numbers, paper)).toBeGreaterThanOrEqual(3);
    await page.context().close();
  });

  test("a sentence's marking runs on under its note numbers", async () => {
    const page = await open();
    await page.getByLabel("Mark claims").selectOption("all");
    // Text decorations reach only inline descendants: an inline-block number would break the line.
    const broken = await page.locator(".essay-body .claim .note-number").evaluateAll(
      (refs) =>
        refs.filter((ref) => {
          for (let at: Element | null = ref; at && !at.matches(".claim"); at = at.parentElement)
            if (getComputedStyle(at).display !== "inline") return true;
          return false;
        }).length,
    );
    expect(broken).toBe(0);
    await page.context().close();
  });
});

describe("text first", () => {
  test.each([
    [1400, 900, true],
    [390, 844, true],
    [1400, 900, false],
    [390, 844, false],
  ])("¶1 starts on the first screen at %i×%i (JavaScript %s)", async (width, height, javaScript) => {
    const page = await open(ESSAY, { width, height, javaScript });
    const top = await page.locator("#p1").evaluate((p1) => p1.getBoundingClientRect().top);
    console.info(`¶1 top at ${width}×${height}: ${Math.round(top)} px`);
    expect(top).toBeLessThan(height - 40);
    await page.context().close();
  });

  test("the skip link lands on ¶1: the next Tab reaches its number", async () => {
    const page = await open(ESSAY, { width: 1400, height: 500 });
    await page.keyboard.press("Tab");
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe("Skip to the text");
    await page.keyboard.press("Enter");
    // Smooth scrolling takes a moment to arrive.
    await page.waitForFunction(
      () => Math.abs((document.getElementById("p1") as HTMLElement).getBoundingClientRect().top) < 100,
    );
    await page.keyboard.press("Tab");
    await expect(page.evaluate(() => document.activeElement?.closest(".passage")?.id)).resolves.toBe("p1");
    await page.context().close();
  });
});

describe("on a phone (390 px)", () => {
  test("the ¶ number does not indent the paragraph's next lines", async () => {
    const page = await open(ESSAY, { width: 390, height: 844 });
    const lefts = await page.locator("#p2").evaluate((passage) => {
      const range = document.createRange();
      range.selectNodeContents(passage.querySelector(":scope > p") as Element);
      // The leftmost box on each line (a line holds several boxes: sentences, marks).
      const starts = new Map<number, number>();
      for (const rect of range.getClientRects()) {
        const line = Math.round(rect.bottom);
        starts.set(line, Math.min(starts.get(line) ?? Number.POSITIVE_INFINITY, Math.round(rect.left)));
      }
      const lines = [...starts].sort(([a], [b]) => a - b).map(([, left]) => left);
      return { passage: Math.round(passage.getBoundingClientRect().left), lines };
    });
    expect(lefts.lines.length).toBeGreaterThan(3);
    for (const left of lefts.lines.slice(1)) expect(left).toBeLessThanOrEqual(lefts.passage + 1);
    await page.context().close();
  });

  test("note buttons are at least 24 px each way, and Esc closes an open note", async () => {
    const page = await open(ESSAY, { width: 390, height: 844 });
    const sizes = await boxesOf(page, ".essay-body .note-number");
    expect(sizes.length).toBeGreaterThanOrEqual(15);
    for (const size of sizes) {
      expect(size.right - size.left, size.what).toBeGreaterThanOrEqual(24);
      expect(size.bottom - size.top, size.what).toBeGreaterThanOrEqual(24);
    }
    await page.locator("#note-2-ref").click();
    await expect(page.locator("#note-2").isVisible()).resolves.toBe(true);
    await page.keyboard.press("Escape");
    await expect(page.locator("#note-2").isVisible()).resolves.toBe(false);
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("note-2-toggle");
    await page.context().close();
  });

  test("nothing scrolls sideways", async () => {
    const page = await open(ESSAY, { width: 390, height: 844 });
    await expect(
      page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).resolves.toBeLessThanOrEqual(0);
    await page.context().close();
  });
});

describe("previews of linked passages", () => {
  test("can be entered, keep the passage's sentences and link to it; leaving or Esc closes them", async () => {
    const page = await open();
    const link = page.locator('#p15 .xref-item[data-reason="defines"] a[href="#p4"]');
    await link.hover();
    const preview = page.locator("#xref-preview");
    await expect(preview.isVisible()).resolves.toBe(true);
    await preview.hover({ position: { x: 40, y: 40 } });
    await page.waitForTimeout(600);
    await expect(preview.isVisible()).resolves.toBe(true);
    await expect(preview.locator('a[href="#p4"]').count()).resolves.toBe(1);
    await expect(preview.locator("a", { hasText: "passage page" }).getAttribute("href")).resolves.toBe(`${ESSAY}p4/`);
    const claims = await preview.locator(".claim[data-kind]").count();
    expect(claims).toBe(await page.locator("#p4 > p .claim").count());
    await expect(preview.textContent()).resolves.not.toMatch(/Context\.|Correction\./);
    await expect(preview.locator("[id]").count()).resolves.toBe(0);
    await page.mouse.move(5, 5);
    await page.waitForTimeout(600);
    await expect(preview.isVisible()).resolves.toBe(false);
    await link.focus();
    await expect(preview.isVisible()).resolves.toBe(true);
    await page.keyboard.press("Escape");
    await expect(preview.isVisible()).resolves.toBe(false);
    await expect(page.locator(":popover-open").count()).resolves.toBe(0);
    await page.context().close();
  });
});

describe("the printed page", () => {
  test("prints the text at full measure with numbered notes, no marks, no navigation", async () => {
    const page = await open(ESSAY, { javaScript: false });
    await page.getByLabel("Mark claims").selectOption("none");
    await page.emulateMedia({ media: "print" });
    const { decorated } = await decoratedSentences(page);
    expect(decorated).toBe(0);
    const [body] = await boxesOf(page, ".essay-body");
    const [article] = await boxesOf(page, "article.essay");
    expect((body?.right ?? 0) - (body?.left ?? 0)).toBeGreaterThan(
      0.95 * ((article?.right ?? 0) - (article?.left ?? 1)),
    );
    for (const hidden of [".essay-nav", ".kind-filter", ".site-header", ".xrefs", ".sidenote"])
      await expect(page.locator(hidden).first().isVisible(), hidden).resolves.toBe(false);
    const number = await page.locator("#note-1-ref").evaluate((ref) => {
      const style = getComputedStyle(ref);
      return { padding: style.paddingLeft, background: style.backgroundColor };
    });
    expect(number).toEqual({ padding: "0px", background: "rgba(0, 0, 0, 0)" });
    await expect(page.locator(".endnotes li").count()).resolves.toBe(await page.locator(".sidenote").count());
    await page.context().close();
  });
});

describe("copying from the text", () => {
  test("copies the essay's words only, without note numbers or notes", async () => {
    const page = await open();
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: site.origin });
    const model = (await (await fetch(`${site.origin}/talking-about-talking.json`)).json()) as {
      paragraphs: { text: string }[];
    };
    await page.locator("#p1 > p").evaluate((paragraph) => {
      const range = document.createRange();
      range.selectNodeContents(paragraph);
      window.getSelection()?.removeAllRanges();
      window.getSelection()?.addRange(range);
    });
    await page.keyboard.press("Control+C");
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(model.paragraphs[0]?.text);
    await page.context().close();
  });
});

describe("the iframe page opened on its own", () => {
  test("keeps a bounded measure", async () => {
    const page = await open("/embed/talking-about-talking/p10/", { width: 1400, javaScript: false });
    const perLine = await page
      .locator(".embed p")
      .evaluate((p) => p.getBoundingClientRect().width / Number.parseFloat(getComputedStyle(p).fontSize));
    expect(perLine).toBeLessThanOrEqual(40);
    await page.context().close();
  });
});

describe("a window that narrows", () => {
  test("folds the notes back into the text, whole, with nothing left of their places", async () => {
    const page = await open();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForFunction(() => !document.querySelector(".essay-body .note-more"));
    await page.locator("#note-1-ref").click();
    const note = await page.locator("#note-1").evaluate((element) => ({
      clamped: element.classList.contains("clamped"),
      top: (element as HTMLElement).style.top,
      width: element.getBoundingClientRect().width,
    }));
    expect(note).toEqual({ clamped: false, top: "", width: expect.any(Number) });
    expect(note.width).toBeGreaterThan(300);
    await page.context().close();
  });
});
