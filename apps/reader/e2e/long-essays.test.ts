import { launchBrowser, type StaticServer, serveStatic } from "@scholia/test-support";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { buildSite, essaysFolder } from "./support/build-site.ts";
import { boxesOf, overlaps } from "./support/layout.ts";
import { longMarkdownEssay, longPlainEssay } from "./support/long-essays.ts";

// Book-length essays: the margins must hold hundreds of notes and links without overprinting.
let server: StaticServer | undefined;
let browser: Awaited<ReturnType<typeof launchBrowser>> | undefined;

beforeAll(async () => {
  const book = longPlainEssay();
  const essays = await essaysFolder({
    "ledgers.txt": book.text,
    "ledgers.notes.mdx": book.notes,
    "papers.md": longMarkdownEssay(),
  });
  const build = await buildSite(essays);
  if (!build.ok) throw new Error(`the long essays did not build:\n${build.output.slice(-3000)}`);
  server = await serveStatic(`${build.outDir}/`);
  browser = await launchBrowser();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string, width: number, javaScript = true): Promise<Page> {
  const context = await (browser as NonNullable<typeof browser>).newContext({
    viewport: { width, height: 900 },
    javaScriptEnabled: javaScript,
  });
  const page = await context.newPage();
  await page.goto(`${server?.origin}${path}`);
  if (javaScript) await page.locator("html.margins-placed").waitFor({ state: "attached", timeout: 60_000 });
  return page;
}

const RUNS = [
  ".essay-body .sidenote",
  ".essay-body .passage > .xrefs",
  ".essay-body .passage > :not(.xrefs):not(.pnum)",
  ".essay-body .pnum",
  ".essay-body .section-title",
].join(", ");

describe.each(["/ledgers/", "/papers/"])("the reading page of a book-length essay %s", (path) => {
  test.each([true, false])(
    "no two text runs overlap at 1400 px (JavaScript %s)",
    async (javaScript) => {
      const page = await open(path, 1400, javaScript);
      const runs = await boxesOf(page, RUNS);
      expect(runs.length).toBeGreaterThan(300);
      expect(overlaps(runs).slice(0, 10)).toEqual([]);
      await page.context().close();
    },
    120_000,
  );

  test("nothing scrolls sideways at 390 px", async () => {
    const page = await open(path, 390);
    await expect(
      page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).resolves.toBeLessThanOrEqual(0);
    await page.context().close();
  }, 120_000);
});

test("the margin notes of the book stay near their lines, and those without room fold into the text", async () => {
  const page = await open("/ledgers/", 1400);
  const notes = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>(".essay-body .sidenote")].map((note) => ({
      folded: note.classList.contains("fold"),
      offset:
        note.getBoundingClientRect().top -
        (document.getElementById(`${note.id}-ref`) as HTMLElement).getBoundingClientRect().top,
    })),
  );
  expect(notes.length).toBeGreaterThan(300);
  const placed = notes.filter((note) => !note.folded);
  console.info(
    `book: ${notes.length} notes, ${placed.length} in the margins, ${notes.length - placed.length} folded into the text`,
  );
  expect(placed.length).toBeGreaterThan(notes.length * 0.8);
  for (const note of placed) expect(Math.abs(note.offset)).toBeLessThanOrEqual(150);
  await page.context().close();
}, 120_000);
