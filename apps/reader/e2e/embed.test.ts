import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { PassageRecord } from "@scholia/embed";
import type { Frame, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { useSite } from "./support/site.ts";

const site = useSite();
const SLUG = "talking-about-talking";

/** A second origin, standing for a blog that embeds passages: it serves whatever pages a test gives it. */
interface HostSite {
  origin: string;
  pages: Map<string, { type: string; body: string }>;
}

const host: HostSite = { origin: "", pages: new Map() };
let hostServer: Server | undefined;

beforeAll(async () => {
  hostServer = createServer((request, response) => {
    const page = host.pages.get(new URL(request.url ?? "/", "http://host").pathname);
    response.writeHead(page ? 200 : 404, { "content-type": page?.type ?? "text/plain" });
    response.end(page?.body ?? "not found");
  });
  await new Promise<void>((resolve) => hostServer?.listen(0, "127.0.0.1", resolve));
  host.origin = `http://127.0.0.1:${(hostServer.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => (hostServer ? hostServer.close(() => resolve()) : resolve())));

const getJson = async <T>(path: string): Promise<T> => {
  const response = await fetch(`${site.origin}/${path}`);
  expect(response.ok, `${path} is served`).toBe(true);
  return (await response.json()) as T;
};

// The build writes absolute URLs for SCHOLIA_SITE; the test serves the same files on a free port.
const served = async (html: string): Promise<string> => {
  const record = await getJson<PassageRecord>(`${SLUG}/p3.json`);
  return html.replaceAll(new URL(record.site.url).origin, site.origin);
};

/** Opens a page and collects every console error, uncaught exception and dialog it (or its frames) causes. */
async function openWatched(url: string, width = 1000): Promise<{ page: Page; problems: string[] }> {
  const context = await site.browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`exception: ${error.message}`));
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  page.on("dialog", async (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    await dialog.dismiss();
  });
  await page.goto(url);
  return { page, problems };
}

const hostPage = (body: string): string =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A blog</title><link rel="icon" href="data:,"></head>` +
  `<body style="max-width:40rem;margin:2rem auto;font-family:sans-serif"><h1>A blog post</h1>${body}</body></html>`;

async function embeddedFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector("iframe[data-scholia-embed]");
  const frame = await handle.contentFrame();
  if (!frame) throw new Error("the iframe has no frame");
  await frame.waitForLoadState("load");
  return frame;
}

/** The iframe's height on the host page and the height of the content inside it. */
async function frameFit(page: Page, frame: Frame): Promise<{ outer: number; content: number; scrolls: boolean }> {
  const outer = await page.$eval("iframe[data-scholia-embed]", (iframe) => iframe.getBoundingClientRect().height);
  const inner = await frame.evaluate(() => {
    const root = document.documentElement;
    return {
      content: root.getBoundingClientRect().height,
      scrolls: root.scrollHeight > root.clientHeight || root.scrollWidth > root.clientWidth,
    };
  });
  return { outer, ...inner };
}

describe("a passage embedded on another site", () => {
  test("shows the passage through the oEmbed html and the web component, linked back, with no console error", async () => {
    const record = await getJson<PassageRecord>(`${SLUG}/p3.json`);
    const oembed = await getJson<{ html: string }>(`oembed/${SLUG}/p3.json`);
    // The web component code as a reader copies it from the passage page.
    const passagePage = await site.context();
    const tab = await passagePage.newPage();
    await tab.goto(`${site.origin}/${SLUG}/p3/`);
    const componentCode = await tab.locator("#embed-component").inputValue();
    await passagePage.close();
    host.pages.set("/post.html", {
      type: "text/html; charset=utf-8",
      body: hostPage(
        `<section id="by-oembed">${await served(oembed.html)}</section><section id="by-component">${await served(componentCode)}</section>`,
      ),
    });
    const { page, problems } = await openWatched(`${host.origin}/post.html`);

    const frame = await embeddedFrame(page);
    await expect(frame.locator("blockquote > p").textContent()).resolves.toBe(record.passage.text);
    const link = frame.locator("a.embed-title");
    await expect(link.getAttribute("href")).resolves.toBe(record.passage.url);
    await expect(link.getAttribute("target")).resolves.toBe("_blank");
    await expect(link.getAttribute("rel")).resolves.toBe("noopener");

    const quote = page.locator("#by-component scholia-passage [part=quote]");
    await expect(quote.textContent({ timeout: 5000 })).resolves.toBe(record.passage.text);
    const back = page.locator("#by-component scholia-passage a[part=title]");
    await expect(back.getAttribute("href")).resolves.toBe(record.passage.url);

    await page.waitForTimeout(300);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  test("sizes the iframe to its passage, without a scrollbar, on a wide page and again on a narrow one", async () => {
    const oembed = await getJson<{ html: string; height: number }>(`oembed/${SLUG}/p3.json`);
    host.pages.set("/frame.html", { type: "text/html; charset=utf-8", body: hostPage(await served(oembed.html)) });
    const { page, problems } = await openWatched(`${host.origin}/frame.html`, 1000);
    const frame = await embeddedFrame(page);
    await page.waitForFunction(
      () => (document.querySelector("iframe[data-scholia-embed]") as HTMLIFrameElement).style.height !== "",
    );
    const wide = await frameFit(page, frame);
    expect(wide.scrolls).toBe(false);
    expect(Math.abs(wide.outer - wide.content)).toBeLessThanOrEqual(1);
    // Once the framed passage shows, the plain-text fallback pasted before it is hidden: one passage, not two.
    await expect(page.locator("blockquote[data-scholia-fallback]").isVisible()).resolves.toBe(false);

    await page.setViewportSize({ width: 360, height: 800 });
    await page.waitForFunction(
      (before) =>
        (document.querySelector("iframe[data-scholia-embed]") as HTMLIFrameElement).offsetHeight > before + 50,
      wide.outer,
    );
    const narrow = await frameFit(page, frame);
    expect(narrow.scrolls).toBe(false);
    expect(Math.abs(narrow.outer - narrow.content)).toBeLessThanOrEqual(1);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  test("renders a record whose text holds an <img onerror> tag as plain text", async () => {
    const record = await getJson<PassageRecord>(`${SLUG}/p3.json`);
    const text = "Before <img src=x onerror=alert(1)> after.";
    const hostile: PassageRecord = { ...record, passage: { ...record.passage, text }, claims: [] };
    host.pages.set("/hostile.json", { type: "application/json", body: JSON.stringify(hostile) });
    host.pages.set("/hostile.html", {
      type: "text/html; charset=utf-8",
      body: hostPage(
        `<script type="module" src="${site.origin}/embed.js"></script><scholia-passage src="/hostile.json"></scholia-passage>`,
      ),
    });
    const { page, problems } = await openWatched(`${host.origin}/hostile.html`);
    const quote = page.locator("scholia-passage [part=quote]");
    await expect(quote.textContent({ timeout: 5000 })).resolves.toBe(text);
    const images = await page.$eval("scholia-passage", (element) => element.shadowRoot?.querySelectorAll("img").length);
    expect(images).toBe(0);
    await page.waitForTimeout(200);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe("the iframe page", () => {
  test("loads nothing from other origins and follows the reader's colour scheme", async () => {
    const backgrounds: string[] = [];
    for (const colorScheme of ["light", "dark"] as const) {
      const context = await site.browser.newContext({ colorScheme });
      const page = await context.newPage();
      const requested: string[] = [];
      page.on("request", (request) => requested.push(request.url()));
      await page.goto(`${site.origin}/embed/${SLUG}/p3/`);
      await page.waitForLoadState("load");
      expect(requested.filter((url) => !url.startsWith(site.origin))).toEqual([]);
      backgrounds.push(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor));
      await context.close();
    }
    expect(backgrounds[0]).not.toBe(backgrounds[1]);
  });
});

describe("the passage page", () => {
  test("names its canonical URL, its oEmbed response, its citation and its JSON-LD in the head", async () => {
    const record = await getJson<PassageRecord>(`${SLUG}/p3.json`);
    const context = await site.context();
    const page = await context.newPage();
    await page.goto(`${site.origin}/${SLUG}/p3/`);
    const attribute = (selector: string, name: string) => page.locator(selector).getAttribute(name);
    await expect(attribute("link[rel=canonical]", "href")).resolves.toBe(record.passage.url);
    await expect(attribute('meta[property="og:url"]', "content")).resolves.toBe(record.passage.url);
    // Each passage page is its own citable item: its title names the paragraph.
    await expect(attribute('meta[name="citation_title"]', "content")).resolves.toBe(
      `Paragraph ${record.passage.index} of “${record.essay.title}”`,
    );
    await expect(attribute('meta[name="citation_public_url"]', "content")).resolves.toBe(record.passage.url);
    const discovery = await attribute('link[rel=alternate][type="application/json+oembed"]', "href");
    expect(discovery).toBe(record.passage.url.replace(`${SLUG}/p3/`, `oembed/${SLUG}/p3.json`));
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "null");
    expect(jsonLd).toMatchObject({ "@type": "Article", hasPart: { "@type": "Quotation", text: record.passage.text } });
    await context.close();
  });

  test("shows the passage, links to it in context and to its neighbours", async () => {
    const record = await getJson<PassageRecord>(`${SLUG}/p3.json`);
    const context = await site.context({ javaScript: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}/${SLUG}/p3/`);
    await expect(page.locator(".passage-text .passage > p").textContent()).resolves.toBe(record.passage.text);
    await expect(page.locator("a[rel=prev]").getAttribute("href")).resolves.toBe(`/${SLUG}/p2/`);
    await expect(page.locator("a[rel=next]").getAttribute("href")).resolves.toBe(`/${SLUG}/p4/`);
    await page.getByRole("link", { name: "Read ¶ 3 in context" }).click();
    expect(page.url()).toBe(`${site.origin}/${SLUG}/#p3`);
    await context.close();
  });

  test("lists each sentence's claim kind and cues with a text-fragment link to the sentence", async () => {
    const record = await getJson<PassageRecord>(`${SLUG}/p3.json`);
    const context = await site.context({ javaScript: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}/${SLUG}/p3/`);
    const items = page.locator(".claim-item");
    await expect(items.count()).resolves.toBe(record.claims.length);
    for (const [i, claim] of record.claims.entries()) {
      const item = items.nth(i);
      await expect(item.locator(".claim-text").textContent()).resolves.toBe(claim.text);
      await expect(item.locator(".claim-kind").textContent()).resolves.toMatch(new RegExp(claim.kind, "i"));
      const href = (await item.getByRole("link").getAttribute("href")) ?? "";
      expect(href.startsWith(`${record.passage.contextUrl}:~:text=`)).toBe(true);
      const [start] = href.split(":~:text=")[1]?.split(",") ?? [];
      expect(claim.text.startsWith(decodeURIComponent(start ?? "-"))).toBe(true);
    }
    await context.close();
  });

  test("a sentence link opens the reading page scrolled to that sentence", async () => {
    const context = await site.browser.newContext({ viewport: { width: 1400, height: 700 }, reducedMotion: "reduce" });
    const page = await context.newPage();
    await page.goto(`${site.origin}/${SLUG}/p15/`);
    const links = await page
      .locator(".claim-link a")
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute("href")));
    const sentences = await page.locator(".claim-text").allTextContents();
    // Sentences far apart in the paragraph: the first, whole, and the last, by textStart,textEnd.
    for (const i of [0, sentences.length - 1]) {
      const reader = await context.newPage();
      const record = await getJson<PassageRecord>(`${SLUG}/p15.json`);
      await reader.goto((links[i] ?? "").replace(new URL(record.site.url).origin, site.origin));
      const middle = () =>
        reader.evaluate((sentence) => {
          const paragraph = document.getElementById("p15");
          const walker = document.createTreeWalker(paragraph ?? document.body, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const at = (node as Text).data.indexOf(sentence.slice(0, 12));
            if (at < 0) continue;
            const range = document.createRange();
            range.setStart(node, at);
            range.setEnd(node, at + 12);
            return Math.round(range.getBoundingClientRect().top / (window.innerHeight / 4));
          }
          return -1;
        }, sentences[i] ?? "");
      // A text fragment scrolls its match to the middle of the viewport: the second of four quarters.
      await expect.poll(middle, { timeout: 3000 }).toBe(2);
      await reader.close();
    }
    await context.close();
  });

  test("shows the editor's notes anchored in a passage", async () => {
    const essay = await getJson<{ notes: { paragraphId: string; text: string }[] }>(`${SLUG}.json`);
    const annotations = await getJson<{ total: number }>(`${SLUG}/annotations.jsonld`);
    expect(annotations.total).toBe(essay.notes.length);
    const noted = essay.notes[0]?.paragraphId ?? "p3";
    const context = await site.context({ javaScript: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}/${SLUG}/${noted}/`);
    const shown = await page.locator(".note-body").allTextContents();
    expect(shown).toEqual(essay.notes.filter((note) => note.paragraphId === noted).map((note) => note.text));
    await context.close();
  });

  test("offers embed code and citations as text when JavaScript is off, with no copy buttons", async () => {
    const context = await site.context({ javaScript: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}/${SLUG}/p3/`);
    await page.getByText("Embed this passage").click();
    await expect(page.locator("#embed-iframe").inputValue()).resolves.toContain("<iframe data-scholia-embed");
    await expect(page.locator("#embed-component").inputValue()).resolves.toContain("<scholia-passage src=");
    await page.getByText("Cite this passage").click();
    await expect(page.locator("#cite-bibtex").isVisible()).resolves.toBe(true);
    await expect(page.locator("#cite-chicago").textContent()).resolves.toContain("para. 3");
    await expect(page.locator("button.copy-button").first().isVisible()).resolves.toBe(false);
    await context.close();
  });

  test("copies the embed code and announces it", async () => {
    const context = await site.browser.newContext({ permissions: ["clipboard-read", "clipboard-write"] });
    const page = await context.newPage();
    await page.goto(`${site.origin}/${SLUG}/p3/`);
    await page.getByText("Embed this passage").click();
    await page.getByRole("button", { name: "Copy iframe embed code" }).click();
    await expect.poll(() => page.getByRole("status").textContent()).toBe("Copied");
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await page.locator("#embed-iframe").inputValue());
    await page.getByRole("button", { name: "Copy link to sentence 1" }).click();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toContain(`/${SLUG}/#p3:~:text=`);
    await context.close();
  });
});
