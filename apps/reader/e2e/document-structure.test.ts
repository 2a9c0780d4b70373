import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { PassageRecord } from "@scholia/embed";
import type { InlineMark } from "@scholia/essay";
import { launchBrowser, type StaticServer, serveStatic } from "@scholia/test-support";
import { HtmlValidate } from "html-validate";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { axeViolations } from "./support/axe.ts";
import { type BuildResult, buildSite, essaysFolder } from "./support/build-site.ts";

// Real-world-shaped documents written for these tests: every construct of the model in Markdown
// (YAML and TOML front matter) and plain text (a Gutenberg-style book with chapters, verse and endnotes).
const DOCUMENTS = fileURLToPath(new URL("./fixtures/documents/", import.meta.url));
// The parser's own fixture documents (also written for tests), built into the same site.
const PARSER_DOCUMENTS = fileURLToPath(new URL("../../../packages/essay/test/fixtures/documents/", import.meta.url));
const MARKDOWN = "field-notes-on-bridges";
const TOML = "toml-front-matter-post";
const PLAIN = "lantern-keepers-almanac";
const WIDTHS = [1400, 390] as const;

let build: BuildResult;
let server: StaticServer;
let browser: Browser;
let slugs: string[] = [];

async function documents(folder: string): Promise<Record<string, string>> {
  const names = await readdir(folder).catch(() => [] as string[]);
  const files = names.filter((name) => /\.(md|markdown|txt|text)$/.test(name));
  return Object.fromEntries(
    await Promise.all(files.map(async (name) => [name, await readFile(join(folder, name), "utf8")])),
  );
}

beforeAll(async () => {
  const files = { ...(await documents(PARSER_DOCUMENTS)), ...(await documents(DOCUMENTS)) };
  slugs = Object.keys(files).map((name) => name.replace(/\.[^.]+$/, ""));
  build = await buildSite(await essaysFolder(files));
  if (!build.ok) throw new Error(`the build failed:\n${build.output.slice(-4000)}`);
  server = await serveStatic(build.outDir);
  browser = await launchBrowser();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string, width: number): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(`${server.origin}${path}`);
  return page;
}

const texts = (page: Page, selector: string): Promise<string[]> =>
  page.locator(selector).evaluateAll((elements) => elements.map((element) => element.textContent?.trim() ?? ""));

/** The body paragraphs' own words, without the notes shown inside them. */
const proseOf = (page: Page): Promise<string[]> =>
  page.locator(".passage > p").evaluateAll((paragraphs) =>
    paragraphs.map((paragraph) => {
      const copy = paragraph.cloneNode(true) as HTMLElement;
      for (const note of copy.querySelectorAll(".sidenote, .note-number, .note-toggle")) note.remove();
      return copy.textContent?.trim() ?? "";
    }),
  );

/** What a reader can see of the page's text: everything rendered, notes opened or not. */
// biome-ignore lint/performance/useDomNodeTextContent: the rendered text is the point; hidden text must not count.
const visibleText = (page: Page): Promise<string> => page.evaluate(() => document.body.innerText);

/** The page scrolls sideways when its content is wider than the window. */
const sideways = (page: Page): Promise<{ scrollWidth: number; innerWidth: number }> =>
  page.evaluate(() => ({ scrollWidth: document.scrollingElement?.scrollWidth ?? 0, innerWidth: window.innerWidth }));

describe.each(WIDTHS)("at %i px", (width) => {
  describe("a Markdown post with every construct", () => {
    test("renders links as links: external ones marked and safe, local and mail links plain, javascript: never", async () => {
      const page = await open(`/${MARKDOWN}/`, width);
      const external = page.locator('.essay-body a[href="https://bridges.example.org/register"]');
      await expect(external.textContent()).resolves.toBe("register of crossings");
      await expect(external.getAttribute("rel")).resolves.toContain("noopener");
      await expect(external.getAttribute("class")).resolves.toContain("external-link");
      await expect(external.getAttribute("title")).resolves.toBe("County register");
      const described = await external.evaluate(
        (link) => document.getElementById(link.getAttribute("aria-describedby") ?? "")?.textContent,
      );
      expect(described).toBe("opens another site");
      const arrow = await external.evaluate((link) => getComputedStyle(link, "::after").content);
      expect(arrow).toContain("↗");
      const local = page.locator('.essay-body a[href="/register/"]');
      await expect(local.getAttribute("class")).resolves.toBeNull();
      await expect(page.locator('.essay-body a[href="mailto:keeper@example.org"]').textContent()).resolves.toBe(
        "the office",
      );
      await expect(page.locator("a[href^='javascript' i]").count()).resolves.toBe(0);
      expect(await visibleText(page)).toContain("A bad link keeps its words");
      await page.close();
    });

    test("renders emphasis, strong, inline code, deletions, sub- and superscripts and hard breaks as elements", async () => {
      const page = await open(`/${MARKDOWN}/`, width);
      await expect(texts(page, "#p1 em")).resolves.toEqual(["small"]);
      await expect(texts(page, "#p1 strong")).resolves.toEqual(["unremarkable"]);
      await expect(texts(page, "#p2 code")).resolves.toEqual(["load >= dead + live"]);
      await expect(texts(page, "#p2 del")).resolves.toEqual(["guesses"]);
      await expect(texts(page, "#p2 sub")).resolves.toEqual(["2"]);
      await expect(texts(page, "#p2 sup")).resolves.toEqual(["2"]);
      const code = await page.locator("#p2 code").evaluate((element) => getComputedStyle(element).fontFamily);
      expect(code).toMatch(/mono/i);
      const address = page.locator(".passage > p", { hasText: "Line one of an address" });
      await expect(address.locator("br").count()).resolves.toBe(1);
      await page.close();
    });

    test("renders code blocks in a monospace face with their language and no claim marks", async () => {
      const page = await open(`/${MARKDOWN}/`, width);
      const python = page.locator("pre > code.language-python");
      await expect(python.textContent()).resolves.toContain("def span_load(width, length, per_square_metre=5.0):\n");
      await expect(page.locator("pre .claim, pre [data-kind]").count()).resolves.toBe(0);
      const font = await python.evaluate((element) => getComputedStyle(element).fontFamily);
      expect(font).toMatch(/mono/i);
      // The wide ASCII art scrolls inside its own box, not the page.
      const art = page.locator("pre", { hasText: "deck" });
      const box = await art.evaluate((pre) => ({
        scroll: pre.scrollWidth,
        client: pre.clientWidth,
        overflow: getComputedStyle(pre).overflowX,
      }));
      expect(box.scroll).toBeGreaterThan(box.client);
      expect(box.overflow).toBe("auto");
      await page.close();
    });

    test("renders the table with its header row and alignment, in a box that scrolls by itself", async () => {
      const page = await open(`/${MARKDOWN}/`, width);
      await expect(texts(page, ".table-scroll table thead th")).resolves.toEqual(["Bridge", "Span (m)", "Material"]);
      await expect(texts(page, ".table-scroll tbody tr:first-child td")).resolves.toEqual(["Mill Lane", "12.5", "oak"]);
      const aligns = await page
        .locator(".table-scroll tbody tr:first-child td")
        .evaluateAll((cells) => cells.map((cell) => getComputedStyle(cell).textAlign));
      expect(aligns).toEqual(["left", "right", "center"]);
      await expect(texts(page, ".table-scroll td em")).resolves.toEqual(["stone"]);
      const overflow = await page.locator(".table-scroll").evaluate((box) => getComputedStyle(box).overflowX);
      expect(overflow).toBe("auto");
      await page.close();
    });

    test("renders figures with alt text, lazy loading and captions, and shows the alt text when the image cannot load", async () => {
      const page = await open(`/${MARKDOWN}/`, width);
      const arch = page.locator('figure img[alt="A low stone arch over brown water"]');
      await expect(arch.getAttribute("loading")).resolves.toBe("lazy");
      await expect(arch.getAttribute("decoding")).resolves.toBe("async");
      await expect(texts(page, "figure.figure-block figcaption")).resolves.toEqual([
        "The arch at the weir",
        "The Mill Lane footbridge after its repair.",
      ]);
      await expect(page.locator('figure img[alt="A timber footbridge with a green rail"]').count()).resolves.toBe(1);
      // The test machine reaches no image host: the broken image keeps a box wide enough for its words.
      await arch.scrollIntoViewIfNeeded();
      await page.waitForFunction(() => [...document.images].every((image) => image.complete));
      const size = await arch.evaluate((image) => image.getBoundingClientRect());
      expect(size.width).toBeGreaterThan(100);
      expect(size.height).toBeGreaterThan(10);
      await page.close();
    });

    test("renders lists with their numbers, each item its own paragraph with a permalink", async () => {
      const page = await open(`/${MARKDOWN}/`, width);
      const ordered = page.locator('.essay-body ol[start="3"]');
      await expect(
        ordered.locator(":scope > li.passage").evaluateAll((items) => items.map((item) => item.id)),
      ).resolves.toEqual(["p5", "p6", "p7"]);
      await expect(ordered.locator("#p5 > a.pnum").getAttribute("href")).resolves.toBe("#p5");
      const marker = await ordered.locator("#p5").evaluate((item) => getComputedStyle(item).display);
      expect(marker).toBe("list-item");
      await expect(texts(page, ".essay-body ul > li.passage > ul > li.passage > p")).resolves.toEqual([
        "oak decks last longest",
        "pine decks are cheaper",
      ]);
      await page.close();
    });

    test("renders block quotes by depth and section headings by level, with the thematic break", async () => {
      const page = await open(`/${MARKDOWN}/`, width);
      await expect(texts(page, ".essay-body blockquote > .passage > p")).resolves.toEqual([
        "The river does not care what the drawing said.",
        "It only cares where the stones are.",
      ]);
      await expect(texts(page, ".essay-body blockquote blockquote > .passage > p")).resolves.toEqual([
        "It only cares where the stones are.",
      ]);
      await expect(texts(page, ".essay-body h2.section-title")).resolves.toEqual(["Three things to check"]);
      await expect(texts(page, ".essay-body h3.section-title")).resolves.toEqual(["A calculation"]);
      await expect(page.locator(".essay-body hr").count()).resolves.toBe(1);
      await page.close();
    });

    test("makes footnotes notes of the edition, numbered with the others, never body paragraphs", async () => {
      const page = await open(`/${MARKDOWN}/`, width);
      const first = page.locator("#note-1");
      await expect(first.getAttribute("data-kind")).resolves.toBe("footnote");
      await expect(first.textContent()).resolves.toContain("The survey was done on foot, with a tape and a notebook.");
      await expect(page.locator("#p1 #note-1-ref").count()).resolves.toBe(1);
      await expect(page.locator('#note-2 a[href="https://bridges.example.org/notes"]').count()).resolves.toBe(1);
      await expect(texts(page, ".endnotes li")).resolves.toEqual([
        expect.stringContaining("The survey was done on foot"),
        expect.stringContaining("the bending moment grows"),
      ]);
      const body = await proseOf(page);
      expect(body.filter((text) => /survey was done|bending moment/.test(text))).toEqual([]);
      await page.close();
    });

    test("shows no raw markup, has its own title as headline and never scrolls sideways", async () => {
      const page = await open(`/${MARKDOWN}/`, width);
      await expect(page.locator("h1").textContent()).resolves.toBe("Field Notes on Small Bridges");
      await page.locator(".note-toggle").evaluateAll((boxes) => {
        for (const box of boxes as HTMLInputElement[]) box.checked = true;
      });
      const shown = await visibleText(page);
      for (const raw of ["<", "[^", "{{", ":::", "](", "**", "<!--", "+++"]) expect(shown, raw).not.toContain(raw);
      expect(shown).toContain("A fenced note block whose words stay.");
      expect(shown).toContain("aside that keeps its words");
      const { scrollWidth, innerWidth } = await sideways(page);
      expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
      await page.close();
    });
  });

  describe("a Markdown post with TOML front matter and a byline instead of an author field", () => {
    test("takes its title from the front matter, its author from the byline, and keeps the byline out of the body", async () => {
      const page = await open(`/${TOML}/`, width);
      await expect(page.locator("h1").textContent()).resolves.toBe("Why the Ferry Runs Late");
      await expect(page.locator(".essay-meta").textContent()).resolves.toContain("Ines Calder");
      const shown = await visibleText(page);
      expect(shown).not.toContain("+++");
      expect(shown).not.toContain("By Ines Calder");
      await expect(texts(page, ".essay-body ol > li.passage > p")).resolves.toEqual([
        "Check the tide table.",
        "Check the board.",
        "Trust the tide table.",
      ]);
      // A task list shows the author's boxes, ticked or not, which the reader cannot change.
      const boxes = page.locator(".essay-body ul > li.passage input.task-box");
      await expect(
        boxes.evaluateAll((inputs) =>
          inputs.map((input) => [(input as HTMLInputElement).checked, (input as HTMLInputElement).disabled]),
        ),
      ).resolves.toEqual([
        [true, true],
        [false, true],
      ]);
      const { scrollWidth, innerWidth } = await sideways(page);
      expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
      await page.close();
    });
  });

  describe("a Gutenberg-style plain text with chapters, verse and endnotes", () => {
    test("is headed by its own title, with the header and licence set aside", async () => {
      const page = await open(`/${PLAIN}/`, width);
      await expect(page.locator("h1").textContent()).resolves.toBe("The Lantern Keeper's Almanac");
      const body = (await texts(page, ".essay-body")).join("\n");
      expect(body).not.toMatch(/Project Gutenberg|START OF|General Terms of Use/);
      const { scrollWidth, innerWidth } = await sideways(page);
      expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
      await page.close();
    });

    test("shows chapters as headings, italics without underscores, verse line by line and endnotes as notes", async () => {
      const page = await open(`/${PLAIN}/`, width);
      const headings = await texts(page, ".essay-body .section-title");
      expect(headings.some((heading) => /CHAPTER I\b/i.test(heading))).toBe(true);
      await expect(texts(page, ".essay-body em")).resolves.toContain("new keepers");
      const shown = await visibleText(page);
      expect(shown).not.toContain("_new keepers_");
      const verse = page.locator(".passage > p", { hasText: "Ninety steps to the lantern room" });
      await expect(verse.locator("br").count()).resolves.toBe(3);
      await expect(page.locator(".sidenote[data-kind=footnote]").first().textContent()).resolves.toContain("flat wick");
      const body = await proseOf(page);
      expect(body.filter((text) => /^\[\d\]|flat wick|northern moles/.test(text))).toEqual([]);
      await page.close();
    });
  });
});

describe("passage pages, the iframe page, records and the web component carry the structure", () => {
  test("a list item's passage page shows it in its numbered list", async () => {
    const page = await open(`/${MARKDOWN}/p6/`, 390);
    await expect(page.locator('.passage-text ol[start="4"] > li#p6').count()).resolves.toBe(1);
    const { scrollWidth, innerWidth } = await sideways(page);
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
    await page.close();
  });

  test("the iframe page keeps links (opening a new tab), emphasis, code blocks and tables", async () => {
    const page = await open(`/embed/${MARKDOWN}/p1/`, 390);
    const link = page.locator('blockquote a[href="https://bridges.example.org/register"]');
    await expect(link.getAttribute("target")).resolves.toBe("_blank");
    await expect(link.getAttribute("rel")).resolves.toContain("noopener");
    await expect(texts(page, "blockquote em")).resolves.toEqual(["small"]);
    await page.goto(`${server.origin}/embed/${MARKDOWN}/p14/`);
    await expect(page.locator("blockquote pre > code.language-python").count()).resolves.toBe(1);
    await page.goto(`${server.origin}/embed/${MARKDOWN}/p16/`);
    await expect(texts(page, "blockquote table th")).resolves.toEqual(["Bridge", "Span (m)", "Material"]);
    await page.close();
  });

  test("the passage record keeps its text and adds the block with its marks", async () => {
    const record = JSON.parse(await readFile(join(build.outDir, `${MARKDOWN}/p1.json`), "utf8")) as PassageRecord;
    expect(record.passage.text).toMatch(/^Most of the bridges I crossed this spring were small, unremarkable/);
    expect(record.passage.block?.type).toBe("paragraph");
    const link = record.passage.block?.marks.find((mark) => mark.type === "link");
    expect(link && record.passage.text.slice(link.start, link.end)).toBe("register of crossings");
    expect(record.notes).toContainEqual(
      expect.objectContaining({ kind: "footnote", text: expect.stringContaining("survey") }),
    );
    const table = JSON.parse(await readFile(join(build.outDir, `${MARKDOWN}/p16.json`), "utf8")) as PassageRecord;
    expect(table.passage.block?.table?.rows[0]?.map((cell) => cell.text)).toEqual(["Bridge", "Span (m)", "Material"]);
    expect(table.claims).toEqual([]);
  });

  test("<scholia-passage> renders the marks and blocks of a record", async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 900 } });
    const host = `${server.origin}/structure-host.html`;
    await page.route(host, (route) =>
      route.fulfill({
        contentType: "text/html",
        body:
          `<!doctype html><html lang="en"><head><title>Host</title><script type="module" src="/embed.js"></script></head><body>` +
          `<scholia-passage id="one" src="/${MARKDOWN}/p1.json"></scholia-passage>` +
          `<scholia-passage id="code" src="/${MARKDOWN}/p14.json"></scholia-passage>` +
          `<scholia-passage id="list" src="/${MARKDOWN}/p5.json"></scholia-passage></body></html>`,
      }),
    );
    await page.goto(host);
    const inside = (id: string, selector: string) =>
      page.waitForFunction(
        ([host, query]) =>
          document.getElementById(host as string)?.shadowRoot?.querySelector(query as string)?.textContent ?? null,
        [id, selector],
      );
    await expect((await inside("one", 'a[href="https://bridges.example.org/register"]')).jsonValue()).resolves.toBe(
      "register of crossings",
    );
    await expect((await inside("one", "em")).jsonValue()).resolves.toBe("small");
    await expect((await inside("code", "pre > code")).jsonValue()).resolves.toContain("def span_load");
    await expect((await inside("list", 'ol[start="3"] > li')).jsonValue()).resolves.toBe("the deck, for rot;");
    await page.close();
  });
});

describe("the structured pages stay valid and accessible", () => {
  const PAGES = [
    `/${MARKDOWN}/`,
    `/${MARKDOWN}/p5/`,
    `/${MARKDOWN}/p16/`,
    `/embed/${MARKDOWN}/p1/`,
    `/embed/${MARKDOWN}/p9/`,
    `/${PLAIN}/`,
  ];

  test("validate as HTML", async () => {
    const validator = new HtmlValidate({
      extends: ["html-validate:recommended"],
      rules: { "void-style": "off", "no-trailing-whitespace": "off" },
    });
    const problems: string[] = [];
    for (const path of PAGES) {
      const file = join(build.outDir, path, "index.html");
      const report = await validator.validateString(await readFile(file, "utf8"), path);
      for (const result of report.results)
        for (const message of result.messages)
          if (message.severity === 2)
            problems.push(`${path}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
    }
    expect(problems).toEqual([]);
  });

  test.each(WIDTHS)("axe-core finds no violation at %i px, in both colour schemes", async (width) => {
    for (const colorScheme of ["light", "dark"] as const) {
      // axe is injected as an inline script, which the site's own CSP (rightly) refuses.
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme, bypassCSP: true });
      const page = await context.newPage();
      for (const path of PAGES) {
        await page.goto(`${server.origin}${path}`);
        expect(await axeViolations(page), `${path} (${colorScheme})`).toEqual([]);
      }
      await context.close();
    }
  });
});

interface EssayJson {
  title: string;
  lang?: string;
  paragraphs: {
    marks: InlineMark[];
    code?: { value: string };
    figure?: { src: string; alt: string };
    table?: { rows: { marks: InlineMark[] }[][] };
  }[];
  footnotes: { text: string; marks: InlineMark[] }[];
}

describe("every fixture document of both sets", () => {
  const linksOf = (essay: EssayJson): string[] =>
    [
      ...essay.paragraphs.flatMap((p) => [...p.marks, ...(p.table?.rows.flat().flatMap((cell) => cell.marks) ?? [])]),
      ...essay.footnotes.flatMap((footnote) => footnote.marks),
    ].flatMap((mark) => (mark.type === "link" ? [mark.href.trim()] : []));

  test.each(WIDTHS)(
    "keeps its title, every link, figure, code block and footnote, shows no raw markup and no sideways scroll at %i px",
    async (width) => {
      expect(slugs.length).toBeGreaterThan(3);
      for (const slug of slugs) {
        const essay = JSON.parse(await readFile(join(build.outDir, `${slug}.json`), "utf8")) as EssayJson;
        const page = await open(`/${slug}/`, width);
        await expect(page.locator("h1").textContent(), slug).resolves.toBe(essay.title);
        // The body is marked with the essay's language (screen readers' voice, hyphenation), the page's UI stays English.
        if (essay.lang) await expect(page.locator(".essay-body").getAttribute("lang"), slug).resolves.toBe(essay.lang);
        const hrefs = new Set(
          await page
            .locator(".essay-body a[href], .endnotes a[href]")
            .evaluateAll((links) => links.map((a) => a.getAttribute("href"))),
        );
        for (const href of linksOf(essay)) expect(hrefs.has(href), `${slug}: a link to ${href}`).toBe(true);
        const alts = await page
          .locator(".essay-body figure img")
          .evaluateAll((images) => images.map((image) => image.getAttribute("alt")));
        for (const figure of essay.paragraphs.flatMap((p) => (p.figure ? [p.figure] : [])))
          if (/^(https?:|[^:]*$)/i.test(figure.src))
            expect(alts, `${slug}: the image ${figure.src}`).toContain(figure.alt);
        const code = await texts(page, ".essay-body pre");
        for (const block of essay.paragraphs.flatMap((p) => (p.code ? [p.code.value] : [])))
          expect(code, slug).toContain(block.trim());
        const notes = (await texts(page, ".sidenote[data-kind=footnote]")).join("\n");
        for (const footnote of essay.footnotes) expect(notes, slug).toContain(footnote.text.slice(0, 40));
        // What a reader sees outside code: opened notes included.
        await page.evaluate(() => {
          for (const box of document.querySelectorAll<HTMLInputElement>(".note-toggle")) box.checked = true;
          for (const code of document.querySelectorAll("pre, code")) code.remove();
        });
        const shown = await visibleText(page);
        for (const raw of ["<", "[^", "{{", "{%", ":::", "](", "<!--", "+++"])
          expect(shown, `${slug} shows ${raw}`).not.toContain(raw);
        const { scrollWidth, innerWidth } = await sideways(page);
        expect(scrollWidth, slug).toBeLessThanOrEqual(innerWidth);
        await page.close();
      }
    },
  );

  test("no page quoting any of them scrolls sideways at 390 px: passage, iframe, claims and index pages", async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 900 } });
    const wide: string[] = [];
    for (const slug of slugs) {
      const essay = JSON.parse(await readFile(join(build.outDir, `${slug}.json`), "utf8")) as EssayJson;
      const paths = [
        `/${slug}/claims/`,
        `/${slug}/index/`,
        ...essay.paragraphs.flatMap((_, i) => [`/${slug}/p${i + 1}/`, `/embed/${slug}/p${i + 1}/`]),
      ];
      for (const path of paths) {
        await page.goto(`${server.origin}${path}`);
        const { scrollWidth, innerWidth } = await sideways(page);
        if (scrollWidth > innerWidth) wide.push(`${path}: ${scrollWidth} px`);
      }
    }
    expect(wide).toEqual([]);
    await page.close();
  }, 120_000);
});
