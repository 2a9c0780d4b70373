import { launchBrowser, type StaticServer, serveStatic } from "@scholia/test-support";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type BuildResult, buildSite } from "./support/build-site.ts";
import { checkLinks } from "./support/link-check.ts";
import { DEFAULT_ESSAYS } from "./support/site.ts";
import { readPage, siteFiles } from "./support/site-files.ts";

const BASE = "/some/prefix/";
let build: BuildResult;
let server: StaticServer;

beforeAll(async () => {
  build = await buildSite(DEFAULT_ESSAYS, { base: BASE });
  if (!build.ok) throw new Error(`the build failed:\n${build.output.slice(-4000)}`);
  server = await serveStatic(build.outDir, BASE);
}, 300_000);

afterAll(async () => server?.close());

describe(`a site built with SCHOLIA_BASE=${BASE}`, () => {
  test("has no link, asset or anchor outside the prefix or broken", async () => {
    const files = await siteFiles(build.outDir);
    expect(await checkLinks(build.outDir, files, BASE)).toEqual([]);
  });

  test("puts the prefix on every root-relative link and asset of every page", async () => {
    const files = await siteFiles(build.outDir);
    const offenders: string[] = [];
    for (const page of files.filter((file) => file.endsWith(".html"))) {
      const html = await readPage(build.outDir, page);
      for (const match of html.matchAll(/\s(?:href|src)="(\/[^"]*)"/g)) {
        if (!match[1]?.startsWith(BASE)) offenders.push(`${page}: ${match[1]}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  test("puts the prefix in every URL of the oEmbed responses, passage records and _headers", async () => {
    const oembed = JSON.parse(await readPage(build.outDir, "oembed/talking-about-talking/p3.json")) as Record<
      string,
      unknown
    >;
    const record = JSON.parse(await readPage(build.outDir, "talking-about-talking/p3.json")) as Record<string, unknown>;
    const urls = [...JSON.stringify([oembed, record]).matchAll(/https?:\/\/localhost:4321[^"\\ ]*/g)].map((m) => m[0]);
    expect(urls.length).toBeGreaterThan(5);
    expect(urls.filter((url) => !url.startsWith(`http://localhost:4321${BASE}`))).toEqual([]);
    const headers = await readPage(build.outDir, "_headers");
    expect(headers).toContain(`${BASE}embed/*`);
    expect(headers.split("\n").filter((line) => line.startsWith("/") && !line.startsWith(BASE))).toEqual([]);
  });

  test("serves the reading page with its styles under the prefix", async () => {
    const browser = await launchBrowser();
    const page = await browser.newPage();
    const failed: string[] = [];
    page.on("response", (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });
    await page.goto(`${server.origin}${BASE}talking-about-talking/`);
    await expect(page.locator("#p19").count()).resolves.toBe(1);
    const font = await page
      .locator(".passage p")
      .first()
      .evaluate((node) => getComputedStyle(node).fontFamily);
    expect(font).toMatch(/serif/i);
    await page.goto(`${server.origin}${BASE}`);
    await page.locator(".library-item h2 a").click();
    expect(new URL(page.url()).pathname).toBe(`${BASE}talking-about-talking/`);
    expect(failed).toEqual([]);
    await browser.close();
  });
});
