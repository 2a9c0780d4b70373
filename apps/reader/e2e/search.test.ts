import { readFile } from "node:fs/promises";
import { gzipSync } from "node:zlib";
import { type StaticServer, serveStatic } from "@scholia/test-support";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type BuildResult, buildSite, essaysFolder } from "./support/build-site.ts";
import { DIST, useSite } from "./support/site.ts";

const site = useSite();
const ESSAY = "/talking-about-talking/";
const TITLE = "A Cease-Fire Deal Now Would Be a Victory for Israel";

async function openReadingPage(width = 1400): Promise<Page> {
  const context = await site.context({ width });
  const page = await context.newPage();
  await page.goto(`${site.origin}${ESSAY}`);
  return page;
}

/** Opens the dialog with "/" and types a query, then waits for the count of passages. */
async function searchFor(page: Page, query: string): Promise<string> {
  await page.keyboard.press("/");
  const input = page.locator("#search-dialog input[type=search]");
  await input.waitFor();
  await page.keyboard.type(query);
  // The list says which words its results are for: wait for these words, not a search on the way.
  await page.waitForFunction(
    (words) => document.querySelector<HTMLElement>("#search-dialog .search-results")?.dataset.query === words,
    query,
  );
  return (await page.locator("#search-dialog .search-status").textContent()) ?? "";
}

/** Opens the filters (which loads the filter index) and waits for the claim-kind facet. */
async function openFilters(page: Page, scope = "#search-dialog"): Promise<void> {
  await page.locator(`${scope} .search-filters summary`).click();
  await page.locator(`${scope} .search-facet[data-filter=kind]`).waitFor();
}

/** The ¶ numbers of the results shown, in order. */
function resultParagraphs(page: Page, scope = "#search-dialog"): Promise<number[]> {
  return page
    .locator(`${scope} .search-result-para`)
    .evaluateAll((nodes) => nodes.map((node) => Number((node as HTMLElement).dataset.paragraph)));
}

/** The claim kinds of each paragraph as the reading page marks them: ¶n → kinds. */
async function kindsOnReadingPage(page: Page): Promise<Map<number, Set<string>>> {
  const pairs = await page
    .locator(".passage")
    .evaluateAll((nodes) =>
      nodes.map((node) => [
        Number(node.id.slice(1)),
        [...node.querySelectorAll(".claim")].map((claim) => claim.getAttribute("data-kind") ?? ""),
      ]),
    );
  return new Map(pairs.map(([n, kinds]) => [n as number, new Set(kinds as string[])]));
}

describe("searching from the reading page", () => {
  test('"prisoner" finds ¶4 and ¶17 as passages, each with its essay, kinds and the word marked', async () => {
    const page = await openReadingPage();
    const status = await searchFor(page, "prisoner");
    expect(status).toBe("2 passages found");
    expect((await resultParagraphs(page)).sort((a, b) => a - b)).toEqual([4, 17]);
    // One essay: its title once, both passages under it.
    await expect(page.locator("#search-dialog .search-essay-title").allTextContents()).resolves.toEqual([TITLE]);
    const results = page.locator("#search-dialog .search-essay .search-passages .search-result");
    for (let i = 0; i < 2; i++) {
      const result = results.nth(i);
      await expect(result.locator(".search-excerpt mark").first().textContent()).resolves.toMatch(/^prisoner/i);
      expect(await result.locator(".search-kind").count()).toBeGreaterThan(0);
      const href = await result.locator(".search-result-link").getAttribute("href");
      expect(href).toMatch(/^\/talking-about-talking\/\?highlight=prisoner[^#]*#p(4|17)$/);
      const passagePage = await result.locator(".search-passage-page").getAttribute("href");
      expect(passagePage).toMatch(/^\/talking-about-talking\/p(4|17)\/\?highlight=prisoner/);
    }
    await page.context().close();
  });

  test('"decree" ranks ¶18 first', async () => {
    const page = await openReadingPage();
    await searchFor(page, "decree");
    expect((await resultParagraphs(page))[0]).toBe(18);
    await page.context().close();
  });

  test('a headline word ("victory", once in the body) finds the one passage using it, not every passage', async () => {
    const page = await openReadingPage();
    await expect(searchFor(page, "victory")).resolves.toBe("1 passage found");
    const marked = await page.locator("#search-dialog .search-excerpt mark").allTextContents();
    expect(marked.length).toBeGreaterThan(0);
    for (const word of marked) expect(word).toMatch(/^victory/i);
    await page.context().close();
  });

  test("announces the number of passages found to screen readers", async () => {
    const page = await openReadingPage();
    await searchFor(page, "Moscow");
    const status = page.locator("#search-dialog [role=status]");
    await expect(status.getAttribute("aria-live")).resolves.toBe("polite");
    const shown = await page.locator("#search-dialog .search-result").count();
    await expect(status.textContent()).resolves.toBe(`${shown} passage${shown === 1 ? "" : "s"} found`);
    expect(shown).toBeGreaterThan(1);
    await page.context().close();
  });

  test("a claim-kind filter returns only passages of that kind, as the reading page marks them", async () => {
    const page = await openReadingPage();
    const kinds = await kindsOnReadingPage(page);
    await searchFor(page, "Russia");
    await openFilters(page);
    const before = await resultParagraphs(page);
    const evidence = page.locator("#search-dialog .search-facet[data-filter=kind] input[value=evidence]");
    // Exactly the passages found before that make an evidence claim stay.
    const expected = before.filter((n) => kinds.get(n)?.has("evidence"));
    await evidence.check();
    await page.waitForFunction(
      (n) =>
        document.querySelector("#search-dialog .search-status")?.textContent ===
        `${n} passage${n === 1 ? "" : "s"} found`,
      expected.length,
    );
    const after = await resultParagraphs(page);
    expect([...after].sort((a, b) => a - b)).toEqual([...expected].sort((a, b) => a - b));
    expect(after.length).toBeGreaterThan(0);
    expect(after.length).toBeLessThan(before.length);
    for (const n of after) {
      expect(before).toContain(n);
      expect(kinds.get(n)?.has("evidence"), `¶${n} makes an evidence claim`).toBe(true);
    }
    // Every passage that was left out makes no evidence claim.
    for (const n of before.filter((m) => !after.includes(m))) expect(kinds.get(n)?.has("evidence")).toBe(false);
    const tags = await page.locator("#search-dialog .search-result .search-kinds").allTextContents();
    for (const tag of tags) expect(tag).toContain("Evidence");
    await page.context().close();
  });

  test("offers an actor facet with counts, and an actor filter keeps passages that mention that actor", async () => {
    const model = JSON.parse(await readFile(`${DIST}talking-about-talking.json`, "utf8")) as {
      entities: { name: string; type: string; mentions: { paragraphId: string }[] }[];
    };
    const page = await openReadingPage();
    await searchFor(page, "Ukraine");
    await openFilters(page);
    const labels = await page.locator("#search-dialog .search-facet[data-filter=actor] label").allTextContents();
    expect(labels.length).toBeGreaterThan(1);
    for (const label of labels) expect(label).toMatch(/\S \d+$/);
    const actor = page.locator("#search-dialog .search-facet[data-filter=actor] input").first();
    const name = (await actor.getAttribute("value")) ?? "";
    const count = Number(
      await page.locator("#search-dialog .search-facet[data-filter=actor] .search-count").first().textContent(),
    );
    expect(count).toBeGreaterThan(0);
    const mentioned = new Set(
      model.entities
        .filter((entity) => entity.name === name && entity.type !== "date")
        .flatMap((entity) => entity.mentions.map((mention) => Number(mention.paragraphId.slice(1)))),
    );
    expect(mentioned.size).toBeGreaterThan(0);
    const before = await resultParagraphs(page);
    const expected = before.filter((n) => mentioned.has(n));
    await actor.check();
    await page.waitForFunction(
      (n) =>
        document.querySelector("#search-dialog .search-status")?.textContent ===
        `${n} passage${n === 1 ? "" : "s"} found`,
      expected.length,
    );
    const shown = await resultParagraphs(page);
    expect([...shown].sort((a, b) => a - b)).toEqual([...expected].sort((a, b) => a - b));
    for (const n of shown) expect(mentioned.has(n), `¶${n} mentions ${name}`).toBe(true);
    await page.context().close();
  });

  test("following a result lands on the passage, with the searched words highlighted", async () => {
    const page = await openReadingPage();
    await page.goto(`${site.origin}/`);
    await searchFor(page, "prisoner");
    await page.locator('#search-dialog .search-result-para[data-paragraph="17"]').click();
    await page.waitForURL(/talking-about-talking\/\?highlight=prisoner[^#]*#p17$/);
    const hit = page.locator("#p17 mark.search-hit");
    await hit.first().waitFor();
    await expect(hit.first().textContent()).resolves.toMatch(/^prisoner/i);
    // Scrolling may be smooth: wait for the passage to come into view.
    await page.waitForFunction(() => {
      const box = document.getElementById("p17")?.getBoundingClientRect();
      return box !== undefined && box.top >= 0 && box.top < window.innerHeight;
    });
    await page.context().close();
  });
});

describe("search with the keyboard alone", () => {
  test("opens with /, filters with Space, moves with the arrows, follows with Enter, closes with Esc", async () => {
    const page = await openReadingPage(390);
    await searchFor(page, "Russia");
    const focused = () =>
      page.evaluate(() => document.activeElement?.closest("[data-filter], .search-result, .search-form")?.className);
    // The filters are folded: Tab reaches their summary, Enter unfolds them (loading their
    // counts), Tab reaches the first kind checkbox, Space ticks it.
    await page.keyboard.press("Tab");
    await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe("SUMMARY");
    await page.keyboard.press("Enter");
    await page.locator("#search-dialog .search-facet[data-filter=kind]").waitFor();
    await page.keyboard.press("Tab");
    await expect(page.evaluate(() => (document.activeElement as HTMLInputElement).name)).resolves.toBe("kind");
    const value = await page.evaluate(() => (document.activeElement as HTMLInputElement).value);
    await page.keyboard.press("Space");
    await page.waitForFunction(
      (kind) =>
        [...document.querySelectorAll("#search-dialog .search-result .search-kinds")].every((list) =>
          list.textContent?.toLowerCase().includes(kind),
        ) && document.querySelector<HTMLInputElement>(`#search-dialog input[value=${kind}]`)?.checked,
      value,
    );
    await expect(page.evaluate(() => (document.activeElement as HTMLInputElement).value)).resolves.toBe(value);
    // Back to the box, then down into the results.
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Shift+Tab");
    await expect(focused()).resolves.toBe("search-form");
    await page.keyboard.press("ArrowDown");
    await expect(focused()).resolves.toBe("search-result");
    const shown = await resultParagraphs(page);
    if (shown.length > 1) {
      await page.keyboard.press("ArrowDown");
      await page.keyboard.press("ArrowUp");
      await page.keyboard.press("ArrowDown");
    }
    const target = await page.evaluate(() => document.activeElement?.getAttribute("href") ?? "");
    expect(target).toMatch(/#p\d+$/);
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.href.endsWith(target));
    await page
      .locator(`${target.slice(target.indexOf("#"))} mark.search-hit`)
      .first()
      .waitFor();
    // Esc closes the dialog at once, even with words in the box.
    await page.keyboard.press("/");
    await page.locator("#search-dialog[open]").waitFor();
    await page.keyboard.type("decree");
    await page.locator("#search-dialog .search-results[data-query=decree]").waitFor();
    await page.keyboard.press("Escape");
    await expect(page.locator("#search-dialog").evaluate((node) => (node as HTMLDialogElement).open)).resolves.toBe(
      false,
    );
    await page.context().close();
  });

  test("the dialog is modal: Tab never reaches the page behind it", async () => {
    const page = await openReadingPage();
    await searchFor(page, "decree");
    const visited = new Set<string>();
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press("Tab");
      const where = await page.evaluate(() => {
        const active = document.activeElement;
        if (!active || active === document.body) return "browser";
        return document.getElementById("search-dialog")?.contains(active) ? active.outerHTML.slice(0, 60) : "outside";
      });
      expect(where).not.toBe("outside");
      visited.add(where);
    }
    expect(visited.size).toBeGreaterThan(3);
    await page.context().close();
  });
});

describe("the search page", () => {
  test("/search/?q=prisoner opens on the results, and the address follows a new query", async () => {
    const context = await site.context({ width: 1400 });
    const page = await context.newPage();
    await page.goto(`${site.origin}/search/?q=prisoner`);
    await page.waitForFunction(
      () => document.querySelector("#search-page .search-status")?.textContent === "2 passages found",
    );
    expect((await resultParagraphs(page, "#search-page")).sort((a, b) => a - b)).toEqual([4, 17]);
    await expect(page.locator("#search-page input[type=search]").inputValue()).resolves.toBe("prisoner");
    await page.locator("#search-page input[type=search]").fill("decree");
    await page.waitForFunction(() => new URL(location.href).searchParams.get("q") === "decree");
    await page.waitForFunction(
      () => document.querySelector("#search-page .search-result-para")?.getAttribute("data-paragraph") === "18",
    );
    await context.close();
  });

  test("without JavaScript says that search needs it and links to each essay's claims and index", async () => {
    const context = await site.context({ width: 390, javaScript: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}/search/`);
    const notice = page.locator(".search-noscript");
    await expect(notice.isVisible()).resolves.toBe(true);
    await expect(notice.textContent()).resolves.toContain("Search needs JavaScript");
    const links = await notice.locator("a").evaluateAll((nodes) => nodes.map((node) => node.getAttribute("href")));
    expect(links).toEqual(["/talking-about-talking/claims/", "/talking-about-talking/index/"]);
    // The header's Search link is a plain link to this page.
    await expect(page.locator("a.search-link").getAttribute("href")).resolves.toBe("/search/");
    await context.close();
  });
});

describe("what the reading page loads", () => {
  test("no Pagefind and under 10 KB of gzipped JavaScript before search opens; Pagefind on opening, filters on demand", async () => {
    const context = await site.context({ width: 1400 });
    const page = await context.newPage();
    const scripts: string[] = [];
    const pagefind: string[] = [];
    page.on("response", (response) => {
      const url = response.url();
      if (url.includes("/pagefind/")) pagefind.push(url);
      else if (response.request().resourceType() === "script") scripts.push(url);
    });
    await page.goto(`${site.origin}${ESSAY}`, { waitUntil: "networkidle" });
    expect(pagefind).toEqual([]);
    let gzipped = 0;
    for (const url of scripts)
      gzipped += gzipSync(Buffer.from(await (await fetch(url)).arrayBuffer()), { level: 9 }).length;
    // Scripts inlined in the page count too.
    const inline = await page.locator("script:not([src])").allTextContents();
    gzipped += inline.reduce((sum, text) => sum + (text.trim() ? gzipSync(text, { level: 9 }).length : 0), 0);
    console.info(`reading page JavaScript before search: ${scripts.length} files, ${gzipped} bytes gzipped`);
    expect(gzipped).toBeLessThan(10 * 1024);
    await searchFor(page, "decree");
    expect(pagefind.some((url) => url.endsWith("/pagefind/pagefind.js"))).toBe(true);
    // The filter index, the largest part of a big library's index, waits until the filters open.
    expect(pagefind.filter((url) => url.includes("/pagefind/filter/"))).toEqual([]);
    await openFilters(page);
    expect(pagefind.filter((url) => url.includes("/pagefind/filter/")).length).toBeGreaterThan(0);
    await context.close();
  });
});

describe("a library of two essays, one hostile, under a base path", () => {
  const BASE = "/some/prefix/";
  let build: BuildResult;
  let server: StaticServer;

  beforeAll(async () => {
    const essays = await essaysFolder({
      "hostile.txt": [
        "Hostile Words",
        `The committee said <img src=x onerror="window.__pwned=1"> and <b>bold</b> &amp; more, zanzibar.`,
        `A second paragraph about zanzibar with "quotes" & ampersands.`,
      ].join("\n"),
      "calm.txt": ["Calm Words", "Nothing here but one mention of zanzibar, calmly."].join("\n"),
    });
    build = await buildSite(essays, { base: BASE });
    if (!build.ok) throw new Error(`the build failed:\n${build.output.slice(-4000)}`);
    server = await serveStatic(build.outDir, BASE);
  }, 300_000);

  afterAll(async () => server?.close());

  test("shows markup in the essay as text in excerpts, and links results under the base path", async () => {
    const page = await (await site.browser.newContext()).newPage();
    await page.goto(`${server.origin}${BASE}search/?q=zanzibar`);
    await page.waitForFunction(
      () => document.querySelector("#search-page .search-status")?.textContent === "3 passages found",
    );
    const excerpts = (await page.locator("#search-page .search-excerpt").allTextContents()).join("\n");
    expect(excerpts).toContain(`<img src=x onerror="window.__pwned=1"> and <b>bold</b> &amp; more`);
    expect(excerpts).toContain(`"quotes" & ampersands`);
    await expect(page.locator("#search-page .search-excerpt :not(mark)").count()).resolves.toBe(0);
    await expect(page.evaluate(() => (window as { __pwned?: number }).__pwned)).resolves.toBeUndefined();
    const hrefs = await page
      .locator("#search-page .search-result-link")
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute("href")));
    for (const href of hrefs) expect(href).toMatch(/^\/some\/prefix\/(hostile|calm)\/\?highlight=zanzibar#p[12]$/);
    await page.locator("#search-page .search-result-link[href*=hostile]").first().click();
    await page.locator("mark.search-hit").first().waitFor();
    await expect(page.locator("mark.search-hit").first().textContent()).resolves.toMatch(/^zanzibar/);
    await page.context().close();
  });

  test("filters by essay, with a count per essay", async () => {
    const page = await (await site.browser.newContext()).newPage();
    await page.goto(`${server.origin}${BASE}search/?q=zanzibar&essay=Calm+Words`);
    await page.waitForFunction(
      () => document.querySelector("#search-page .search-status")?.textContent === "1 passage found",
    );
    await expect(page.locator("#search-page .search-result-essay").allTextContents()).resolves.toEqual(["Calm Words"]);
    await expect(page.locator("#search-page input[name=essay][value='Calm Words']").isChecked()).resolves.toBe(true);
    await page.locator("#search-page input[name=essay][value='Calm Words']").uncheck();
    await page.waitForFunction(
      () => document.querySelector("#search-page .search-status")?.textContent === "3 passages found",
    );
    const labels = await page.locator("#search-page .search-facet[data-filter=essay] label").allTextContents();
    // Counts are of results, runs of an essay's consecutive passages: each essay here is one.
    expect(labels.map((label) => label.trim())).toEqual(["Calm Words 1", "Hostile Words 1"]);
    expect(new URL(page.url()).search).toBe("?q=zanzibar");
    await page.context().close();
  });
});
