import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { launchBrowser, type StaticServer, serveStatic } from "@scholia/test-support";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type BuildResult, buildSite, essaysFolder } from "./support/build-site.ts";

// Each line is one paragraph of the hostile essay; the page must show every character as text.
const HOSTILE_LINES = [
  `<script>window.__pwned = "script"</script> opens the essay.`,
  `An image <img src=x onerror="window.__pwned='img'"> and a <svg onload="window.__pwned='svg'"></svg> follow.`,
  `A link <a href="javascript:window.__pwned='href'">click me</a> and a javascript:alert(1) URL.`,
  `Quotes "double" 'single' “curly” ‘curly’ & ampersands && entities &amp; &lt;b&gt; &#x41; &nbsp; written literally.`,
  `Right-to-left \u202Eoverride\u202C and isolates \u2067עברית\u2069 stay, as do zero\u200Bwidth\u200Djoiners\u2060.`,
  `Emoji 👩‍👩‍👧‍👦 and flags 🇺🇦 and combining marks: e\u0301, n\u0303, Z\u0351\u0352.`,
  `{curly braces} and \${template} and <!-- a comment --> and ]]> end here.`,
];
const HOSTILE = ["<b>Bold</b> & <i>Headline</i>", "A dek with <em>tags</em>", ...HOSTILE_LINES].join("\n");
const BIG_SENTENCE = "The committee reviewed 1,204 documents and found that the rules should change. ";
const BIG = `A Very Long Essay\n${BIG_SENTENCE.repeat(Math.ceil((5 * 1024 * 1024) / BIG_SENTENCE.length)).trim()}\n`;
// More paragraphs than any book has (a 50,000-word book has one to two thousand).
const MANY_COUNT = 3_000;
const MANY = `Three Thousand Paragraphs\n${Array.from({ length: MANY_COUNT }, (_, i) => `Paragraph number ${i + 1} is short.`).join("\n")}\n`;

let build: BuildResult;
let server: StaticServer;
let browser: Browser;
const pwned: string[] = [];

/** A page in a fresh context of the file's browser, whose dialogs are recorded as attacks and dismissed. */
async function watchedPage(): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  page.on("dialog", (dialog) => {
    pwned.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return page;
}

beforeAll(async () => {
  const essays = await essaysFolder({ "hostile.txt": HOSTILE, "big.txt": BIG, "many.txt": MANY });
  build = await buildSite(essays);
  if (!build.ok) throw new Error(`the build failed:\n${build.output.slice(-4000)}`);
  server = await serveStatic(build.outDir);
  browser = await launchBrowser();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("hostile essay text", () => {
  test("renders as inert text on the reading page, every character kept", async () => {
    const page = await watchedPage();
    await page.goto(`${server.origin}/hostile/`);
    const shown = await page.locator(".passage > p").allTextContents();
    expect(shown).toEqual(HOSTILE_LINES);
    await expect(page.locator("h1").textContent()).resolves.toBe("<b>Bold</b> & <i>Headline</i>");
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
    await expect(page.locator("main img, main svg:not([class]) , main a[href^='javascript']").count()).resolves.toBe(0);
    expect(pwned).toEqual([]);
    await page.context().close();
  });

  test.each(HOSTILE_LINES.map((line, i) => [i + 1, line] as const))(
    "paragraph %i stays inert text on its passage page, its iframe page and in its JSON record",
    async (n, line) => {
      const page = await watchedPage();
      for (const path of [`/hostile/p${n}/`, `/embed/hostile/p${n}/`]) {
        await page.goto(`${server.origin}${path}`);
        await expect(page.locator("main, body").first().textContent()).resolves.toContain(line);
        expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
      }
      const record = JSON.parse(await readFile(join(build.outDir, `hostile/p${n}.json`), "utf8")) as {
        passage: { text: string };
      };
      expect(record.passage.text).toBe(line);
      expect(pwned).toEqual([]);
      await page.context().close();
    },
  );

  test("is escaped in every built file that carries it", async () => {
    const html = await readFile(join(build.outDir, "hostile/index.html"), "utf8");
    expect(html).not.toContain(`<script>window.__pwned`);
    expect(html).not.toContain(`<img src=x`);
    expect(html).toContain("&lt;script&gt;window.__pwned");
  });
});

describe("size extremes", () => {
  test("a 5 MB paragraph is built whole, not truncated", async () => {
    const html = await readFile(join(build.outDir, "big/index.html"), "utf8");
    const body = BIG.split("\n")[1] ?? "";
    const passage = html.slice(html.indexOf('id="p1"'), html.indexOf("</p>", html.indexOf('id="p1"')));
    const sentences =
      passage.match(/The committee reviewed 1,204 documents and found that the rules should change\./g)?.length ?? 0;
    expect(sentences).toBe(body.match(/The committee reviewed/g)?.length);
  });

  test(`${MANY_COUNT.toLocaleString("en")} short paragraphs, more than a book has, are all on the page, numbered p1 to p${MANY_COUNT}`, async () => {
    const html = await readFile(join(build.outDir, "many/index.html"), "utf8");
    expect(html.match(/class="passage /g)?.length ?? html.match(/id="p\d+"/g)?.length).toBe(MANY_COUNT);
    expect(html).toContain(`id="p${MANY_COUNT}"`);
    expect(html).toContain(`Paragraph number ${MANY_COUNT} is short.`);
  });
});
