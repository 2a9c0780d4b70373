import { fileURLToPath } from "node:url";
import type { PassageRecord } from "@scholia/embed";
import { launchBrowser, type StaticServer, serveStatic } from "@scholia/test-support";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { axeViolations } from "./support/axe.ts";
import { type BuildResult, buildSite } from "./support/build-site.ts";

// An essay written for these tests: Markdown footnotes (one referenced twice, one in a table cell, one with a link
// and a long URL) and an editor's notes file, so footnotes and editor's notes share one numbering.
const ESSAYS = fileURLToPath(new URL("./fixtures/footnoted-passages/", import.meta.url));
const SLUG = "orchard-ledger";
const PASSAGES = ["p1", "p2", "p3", "p4"] as const;
const WIDTHS = [1400, 390] as const;

let build: BuildResult;
let server: StaticServer;
let browser: Browser;
/** The numbers the reading page shows at each paragraph's footnote references, in order. */
let readingNumbers: Record<string, string[]> = {};

const open = async (path: string, width: number): Promise<Page> => {
  const context = await browser.newContext({ viewport: { width, height: 900 }, bypassCSP: true });
  const page = await context.newPage();
  await page.goto(`${server.origin}${path}`);
  return page;
};

const record = async (id: string): Promise<PassageRecord> =>
  (await (await fetch(`${server.origin}/${SLUG}/${id}.json`)).json()) as PassageRecord;

/** The text of the footnote a record numbers `number`. */
const footnoteText = (passage: PassageRecord, number: string): string | undefined =>
  passage.notes.find((note) => note.kind === "footnote" && String(note.number) === number)?.text;

const sideways = (page: Page): Promise<number> =>
  page.evaluate(() => (document.scrollingElement?.scrollWidth ?? 0) - window.innerWidth);

/** Each footnote reference of the page's passage: the number a reader sees, and the text of the element it links to. */
const references = (page: Page, scope: string): Promise<{ number: string; href: string; target: string | null }[]> =>
  page.locator(`${scope} a.note-ref`).evaluateAll((links) =>
    links.map((link) => {
      const href = link.getAttribute("href") ?? "";
      const number = link.querySelector("sup")?.textContent ?? "";
      return { number, href, target: document.getElementById(href.slice(1))?.textContent?.trim() ?? null };
    }),
  );

beforeAll(async () => {
  build = await buildSite(ESSAYS);
  if (!build.ok) throw new Error(`the build failed:\n${build.output.slice(-4000)}`);
  server = await serveStatic(build.outDir);
  browser = await launchBrowser();
  // The reading page's own numbers at the references: a footnote's number is a label for its sidenote
  // (data-kind=footnote); under a table, the sidenotes of its cells' footnotes follow it with their numbers again.
  const page = await open(`/${SLUG}/`, 1400);
  readingNumbers = await page.evaluate(() => {
    const numbers: Record<string, string[]> = {};
    for (const passage of document.querySelectorAll<HTMLElement>(".passage[id]")) {
      numbers[passage.id] = [...passage.querySelectorAll("label.note-number:not(.block-notes *)")].flatMap((label) => {
        const note = document.getElementById((label.getAttribute("for") ?? "").replace(/-toggle$/, ""));
        return note?.dataset["kind"] === "footnote" ? [label.textContent?.replace("Note", "").trim() ?? ""] : [];
      });
    }
    return numbers;
  });
  await page.context().close();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test("the reading page numbers the fixture's footnote references as the tests expect", () => {
  // Footnotes and editor's notes share one numbering; ¶3 refers again to ¶2's footnote.
  expect(readingNumbers).toEqual({ p1: ["1"], p2: ["3"], p3: ["3", "5"], p4: ["6"] });
});

describe.each(WIDTHS)("at %i px", (width) => {
  test("the passage page shows each footnote's number at its reference, linked to the note in its notes list", async () => {
    for (const id of PASSAGES) {
      const page = await open(`/${SLUG}/${id}/`, width);
      const passage = await record(id);
      const refs = await references(page, ".passage-text");
      expect(
        refs.map((ref) => ref.number),
        id,
      ).toEqual(readingNumbers[id]);
      for (const ref of refs) {
        expect(ref.href, id).toMatch(/^#note-/);
        expect(await page.locator(`.passage-notes ${ref.href}`).count(), `${id} ${ref.href}`).toBe(1);
        expect(ref.target, `${id} ${ref.href}`).toContain(footnoteText(passage, ref.number));
      }
      // Following the number shows its note.
      await page.locator(".passage-text a.note-ref").first().click();
      const note = page.locator(`.passage-notes ${refs[0]?.href}`);
      await expect(note.evaluate((element) => element.matches(":target"))).resolves.toBe(true);
      await expect(note.isVisible()).resolves.toBe(true);
      const box = await note.boundingBox();
      expect(box && box.y >= 0 && box.y < 900, `${id}: the note is scrolled into view`).toBe(true);
      expect(await sideways(page), id).toBeLessThanOrEqual(0);
      await page.context().close();
    }
  });

  test("the iframe page shows the numbers and lists the footnotes under the passage; a number moves focus to its note without navigating", async () => {
    for (const id of PASSAGES) {
      const page = await open(`/embed/${SLUG}/${id}/`, width);
      const passage = await record(id);
      const refs = await references(page, "blockquote");
      expect(
        refs.map((ref) => ref.number),
        id,
      ).toEqual(readingNumbers[id]);
      const listed = await page
        .locator(".embed > ol.footnote-list > li")
        .evaluateAll((items) => items.map((item) => [item.getAttribute("value"), item.id]));
      expect(
        listed.map(([number]) => number),
        id,
      ).toEqual([...new Set(readingNumbers[id])]);
      for (const ref of refs) expect(ref.target, `${id} ${ref.href}`).toBe(footnoteText(passage, ref.number));
      const before = await page.evaluate(() => ({ url: location.href, history: history.length }));
      await page.locator("blockquote a.note-ref").first().click();
      await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe(refs[0]?.href.slice(1));
      await expect(page.evaluate(() => ({ url: location.href, history: history.length }))).resolves.toEqual(before);
      expect(await sideways(page), id).toBeLessThanOrEqual(0);
      await page.context().close();
    }
  });

  test("<scholia-passage> shows the numbers and the record's footnotes; a number, clicked or keyed, moves focus to its note", async () => {
    const page = await open("/", width);
    const host = `${server.origin}/footnotes-host.html`;
    await page.route(host, (route) =>
      route.fulfill({
        contentType: "text/html",
        body:
          `<!doctype html><html lang="en"><head><meta name="viewport" content="width=device-width"><title>A blog post</title>` +
          `<script type="module" src="/embed.js"></script></head><body style="margin:1rem;font-family:sans-serif"><main><h1>A blog post</h1>` +
          PASSAGES.map((id) => `<scholia-passage id="${id}" src="/${SLUG}/${id}.json"></scholia-passage>`).join("") +
          `</main></body></html>`,
      }),
    );
    await page.goto(host);
    for (const id of PASSAGES) {
      await page.waitForFunction((host) => document.getElementById(host)?.shadowRoot?.querySelector("figure"), id);
      const passage = await record(id);
      const refs = await page.evaluate((host) => {
        const root = document.getElementById(host)?.shadowRoot;
        return [...(root?.querySelectorAll("blockquote sup > a[part=note-ref]") ?? [])].map((link) => ({
          number: link.textContent ?? "",
          href: link.getAttribute("href") ?? "",
          target: root?.getElementById((link.getAttribute("href") ?? "").slice(1))?.textContent ?? null,
          listed: root?.getElementById((link.getAttribute("href") ?? "").slice(1))?.closest("[part=notes]") !== null,
        }));
      }, id);
      expect(
        refs.map((ref) => ref.number),
        id,
      ).toEqual(readingNumbers[id]);
      for (const ref of refs) {
        expect(ref.target, `${id} ${ref.href}`).toBe(footnoteText(passage, ref.number));
        expect(ref.listed, `${id} ${ref.href}`).toBe(true);
      }
    }
    const before = await page.evaluate(() => ({ url: location.href, history: history.length }));
    const focusedNote = (host: string) =>
      page.evaluate((host) => document.getElementById(host)?.shadowRoot?.activeElement?.textContent ?? null, host);
    const p3 = await record("p3");
    await page.locator("#p3 a[part=note-ref]").first().click();
    await expect(focusedNote("p3")).resolves.toBe(footnoteText(p3, "3"));
    await page.locator("#p3 a[part=note-ref]").nth(1).focus();
    await page.keyboard.press("Enter");
    await expect(focusedNote("p3")).resolves.toBe(footnoteText(p3, "5"));
    await expect(page.evaluate(() => ({ url: location.href, history: history.length }))).resolves.toEqual(before);
    // A footnote's own link stays a link.
    await expect(
      page.locator('#p3 [part=notes] a[href="https://almanac.example.org/frost-days"]').count(),
    ).resolves.toBe(1);
    expect(await sideways(page)).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  test("the passage and iframe pages with footnotes have no accessibility violation", async () => {
    for (const path of [`/${SLUG}/p3/`, `/embed/${SLUG}/p3/`, `/embed/${SLUG}/p4/`]) {
      const page = await open(path, width);
      expect(await axeViolations(page), path).toEqual([]);
      await page.context().close();
    }
  });
});
