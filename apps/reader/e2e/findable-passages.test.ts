import { readFile } from "node:fs/promises";
import { launchBrowser, type StaticServer, serveStatic } from "@scholia/test-support";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type BuildResult, buildSite, essaysFolder } from "./support/build-site.ts";
import { crawl } from "./support/crawl.ts";
import { DIST } from "./support/site.ts";

// Two essays of our own: one Markdown with an author and a date, one plain text with neither.
// Both use "signal" (and "signalling") where the reader will search "signals".
const topics = [
  "harbour pilots",
  "railway guards",
  "lighthouse keepers",
  "ship captains",
  "mountain rescuers",
  "radio operators",
  "forest rangers",
  "tram drivers",
  "ferry crews",
  "bridge tenders",
  "canal lock keepers",
  "airfield marshals",
  "river wardens",
  "coast watchers",
];
const paragraph = (topic: string, i: number): string =>
  `The ${topic} waited for a signal before moving, because a wrong signal had cost them dearly in year ${1900 + i}. ` +
  `Each morning they checked the lamps, the flags and the bells, and they wrote down what the weather had done overnight.`;

const FILES = {
  "reading-the-signal.md": [
    "---",
    'title: "Reading the Signal"',
    'subtitle: "How people who work outdoors learn to trust a sign"',
    "author: Ada Quill",
    "date: 2023-04-17",
    "---",
    "",
    ...topics.slice(0, 9).flatMap((topic, i) => [paragraph(topic, i), ""]),
  ].join("\n"),
  "quiet-harbour.txt": [
    "The Quiet Harbour",
    ...topics.slice(9).map((topic, i) => paragraph(topic, 20 + i)),
    "Nothing else happened that winter, and the gulls went on shouting at the boats.",
  ].join("\n"),
};

interface Model {
  slug: string;
  title: string;
  subtitle?: string;
  author?: string;
  date?: string;
  paragraphs: { id: string; index: number; text: string }[];
}

let build: BuildResult;
let server: StaticServer;
let browser: Browser;
beforeAll(async () => {
  build = await buildSite(await essaysFolder(FILES));
  if (!build.ok) throw new Error(`the build failed:\n${build.output.slice(-4000)}`);
  server = await serveStatic(build.outDir);
  browser = await launchBrowser();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function newPage(width = 1400): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 800 } });
  return context.newPage();
}

const model = async (slug: string): Promise<Model> =>
  JSON.parse(await readFile(`${build.outDir}/${slug}.json`, "utf8")) as Model;
const passagePaths = (essay: Model): string[] => essay.paragraphs.map((each) => `/${essay.slug}/${each.id}/`);

/** Searches from the dialog of `path` and returns the result links, in order, once shown. */
async function resultLinks(page: Page, query: string): Promise<{ url: string; passage: string; marked: string[] }[]> {
  await page.keyboard.press("/");
  await page.locator("#search-dialog input[type=search]").waitFor();
  await page.keyboard.type(query);
  await page.waitForFunction(
    (words) => document.querySelector<HTMLElement>("#search-dialog .search-results")?.dataset.query === words,
    query,
  );
  return page.locator("#search-dialog .search-result").evaluateAll((items) =>
    items.map((item) => ({
      url: item.querySelector(".search-result-link")?.getAttribute("href") ?? "",
      passage: item.querySelector(".search-passage-page")?.getAttribute("href") ?? "",
      marked: [...item.querySelectorAll(".search-excerpt mark")].map((mark) => mark.textContent ?? ""),
    })),
  );
}

/** What the landing page shows: marks in the target passage, focus, target marking, its distance from the top. */
async function landing(page: Page, selector: string) {
  await page.locator(`${selector} mark.search-hit`).first().waitFor();
  await page.waitForFunction((sel) => document.activeElement === document.querySelector(sel), selector);
  return page.evaluate((sel) => {
    const target = document.querySelector(sel) as HTMLElement;
    return {
      marks: [...target.querySelectorAll("mark.search-hit")].map((mark) => mark.textContent ?? ""),
      focused: document.activeElement === target,
      target: target.classList.contains("search-target"),
      top: target.getBoundingClientRect().top,
      atBottom: Math.ceil(window.scrollY + window.innerHeight) >= document.documentElement.scrollHeight - 1,
    };
  }, selector);
}

describe("search lands on what it found, whatever the word's form", () => {
  test('each of the first ten results for "signals" (the text says "signal") lands marked, focused, below a margin', async () => {
    const page = await newPage();
    await page.goto(`${server.origin}/`);
    const links = await resultLinks(page, "signals");
    expect(links.length).toBeGreaterThanOrEqual(10);
    // The essays' titles, once each, above their passages.
    await expect(page.locator("#search-dialog .search-essay-title").allTextContents()).resolves.toEqual(
      expect.arrayContaining(["Reading the Signal", "The Quiet Harbour"]),
    );
    expect(await page.locator("#search-dialog .search-essay-title").count()).toBe(2);
    for (const link of links.slice(0, 10)) {
      // The excerpt marks the form the text uses, which is not the one typed.
      expect(link.marked.length).toBeGreaterThan(0);
      for (const word of link.marked) expect(word.toLowerCase()).toMatch(/^signal/);
      expect(link.marked.map((word) => word.toLowerCase())).not.toContain("signals");
      await page.goto(`${server.origin}${link.url}`);
      const id = link.url.slice(link.url.indexOf("#"));
      const landed = await landing(page, id);
      expect(landed.marks.length, link.url).toBeGreaterThan(0);
      for (const word of landed.marks) expect(word.toLowerCase()).toMatch(/^signal/);
      expect(landed.focused).toBe(true);
      expect(landed.target).toBe(true);
      // Scrolled to sit below a margin, not flush with the top edge (unless the page ends first).
      if (!landed.atBottom) expect(landed.top).toBeGreaterThanOrEqual(16);
      expect(landed.top).toBeGreaterThanOrEqual(0);
      await page.goto(`${server.origin}/`);
    }
    await page.context().close();
  });

  test("a result's passage page opens with the same words marked and the passage focused", async () => {
    const page = await newPage(390);
    await page.goto(`${server.origin}/reading-the-signal/`);
    const [first] = await resultLinks(page, "signalling");
    expect(first?.passage).toMatch(/^\/(reading-the-signal|quiet-harbour)\/p\d+\/\?highlight=signal/);
    await page.goto(`${server.origin}${first?.passage}`);
    const landed = await landing(page, "main .passage");
    expect(landed.marks.length).toBeGreaterThan(0);
    expect(landed.focused).toBe(true);
    await page.context().close();
  });
});

describe("passages a crawler can find", () => {
  test("a link crawl from / reaches every passage page of the bundled edition", async () => {
    const bundled = JSON.parse(await readFile(`${DIST}talking-about-talking.json`, "utf8")) as Model;
    const reached = await crawl(DIST);
    const missing = passagePaths(bundled).filter((path) => !reached.has(path));
    expect(missing).toEqual([]);
  });

  test("a link crawl from / reaches every passage page of a two-essay library", async () => {
    const reached = await crawl(build.outDir);
    for (const slug of ["reading-the-signal", "quiet-harbour"]) {
      const missing = passagePaths(await model(slug)).filter((path) => !reached.has(path));
      expect(missing, slug).toEqual([]);
    }
  });

  test("sitemap-index.xml lists every passage page, and no iframe page", async () => {
    const index = await readFile(`${build.outDir}/sitemap-index.xml`, "utf8");
    const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? "").pathname);
    expect(maps.length).toBeGreaterThan(0);
    const listed = new Set<string>();
    for (const map of maps) {
      const xml = await readFile(`${build.outDir}${map}`, "utf8");
      for (const match of xml.matchAll(/<loc>([^<]+)<\/loc>/g)) listed.add(new URL(match[1] ?? "").pathname);
    }
    for (const slug of ["reading-the-signal", "quiet-harbour"]) {
      const essay = await model(slug);
      expect(
        passagePaths(essay).filter((path) => !listed.has(path)),
        slug,
      ).toEqual([]);
      expect(listed.has(`/${slug}/`)).toBe(true);
    }
    expect([...listed].filter((path) => path.startsWith("/embed/"))).toEqual([]);
  });
});

/** A page's head as a consumer reads it: meta tags by property or name, oEmbed links and JSON-LD. */
async function readHead(path: string) {
  const page = await newPage();
  await page.goto(`${server.origin}${path}`);
  const head = await page.evaluate(() => {
    const all = (key: "property" | "name") => {
      const found: Record<string, string[]> = {};
      for (const meta of document.head.querySelectorAll(`meta[${key}]`)) {
        const name = meta.getAttribute(key) ?? "";
        found[name] = [...(found[name] ?? []), meta.getAttribute("content") ?? ""];
      }
      return found;
    };
    return {
      title: document.title,
      property: all("property"),
      name: all("name"),
      oembed: [...document.head.querySelectorAll('link[rel=alternate][type="application/json+oembed"]')].map(
        (link) => link.getAttribute("href") ?? "",
      ),
      jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map((script) =>
        JSON.parse(script.textContent ?? "null"),
      ),
    };
  });
  await page.context().close();
  const oembed = await Promise.all(
    head.oembed.map(async (href) => {
      const url = new URL(href);
      return (await (await fetch(`${server.origin}${url.pathname}`)).json()) as Record<string, unknown>;
    }),
  );
  return { ...head, oembedResponses: oembed };
}

const SITE = "http://localhost:4321";

describe("head metadata, read back as a consumer reads it", () => {
  test("the reading page of an essay with an author and a date says both, everywhere", async () => {
    const essay = await model("reading-the-signal");
    const head = await readHead("/reading-the-signal/");
    const url = `${SITE}/reading-the-signal/`;
    expect(head.property["og:type"]).toEqual(["article"]);
    expect(head.property["og:title"]).toEqual([essay.title]);
    expect(head.property["og:description"]).toEqual([essay.subtitle]);
    expect(head.property["og:url"]).toEqual([url]);
    expect(head.property["article:author"]).toEqual([essay.author]);
    expect(head.name.citation_title).toEqual([essay.title]);
    expect(head.name.citation_author).toEqual([essay.author]);
    expect(head.name.citation_publication_date).toEqual([essay.date?.replaceAll("-", "/")]);
    const [article] = head.jsonLd;
    expect(article).toMatchObject({
      "@context": "https://schema.org",
      "@type": "Article",
      headline: essay.title,
      author: { "@type": "Person", name: essay.author },
      datePublished: essay.date,
      isPartOf: { "@type": "WebSite", url: `${SITE}/` },
    });
    expect(head.oembed).toEqual([`${SITE}/oembed/reading-the-signal.json`]);
    expect(head.oembedResponses[0]).toMatchObject({
      version: "1.0",
      type: "link",
      title: essay.title,
      author_name: essay.author,
    });
  });

  test("passage pages carry the same, with a title naming their paragraph, each its own", async () => {
    const essay = await model("reading-the-signal");
    const titles = new Set<string>();
    for (const paragraph of essay.paragraphs.slice(0, 3)) {
      const head = await readHead(`/reading-the-signal/${paragraph.id}/`);
      const title = `Paragraph ${paragraph.index} of “${essay.title}”`;
      expect(head.property["og:type"]).toEqual(["article"]);
      expect(head.property["og:title"]).toEqual([title]);
      expect(head.property["og:url"]).toEqual([`${SITE}/reading-the-signal/${paragraph.id}/`]);
      expect(head.name.citation_title).toEqual([title]);
      expect(head.name.citation_author).toEqual([essay.author]);
      expect(head.name.citation_publication_date).toEqual([essay.date?.replaceAll("-", "/")]);
      expect(head.title).toContain(`¶ ${paragraph.index}`);
      expect(head.jsonLd[0]).toMatchObject({
        "@type": "Article",
        headline: essay.title,
        author: { name: essay.author },
        datePublished: essay.date,
        isPartOf: { "@type": "WebSite" },
        hasPart: { "@type": "Quotation", name: title, text: paragraph.text },
      });
      expect(head.oembedResponses[0]).toMatchObject({ type: "rich", author_name: essay.author });
      titles.add(head.name.citation_title?.[0] ?? "");
    }
    expect(titles.size).toBe(3);
  });

  test("an essay that names no author and no date gets none invented", async () => {
    const essay = await model("quiet-harbour");
    expect(essay.author).toBeUndefined();
    for (const path of ["/quiet-harbour/", `/quiet-harbour/${essay.paragraphs[0]?.id}/`]) {
      const head = await readHead(path);
      expect(head.property["og:type"]).toEqual(["article"]);
      for (const key of ["article:author", "article:published_time"]) expect(head.property[key], key).toBeUndefined();
      for (const key of ["citation_author", "citation_publication_date", "citation_date"])
        expect(head.name[key], key).toBeUndefined();
      expect(head.jsonLd[0]).not.toHaveProperty("author");
      expect(head.jsonLd[0]).not.toHaveProperty("datePublished");
      expect(head.oembedResponses[0]).not.toHaveProperty("author_name");
    }
  });
});
