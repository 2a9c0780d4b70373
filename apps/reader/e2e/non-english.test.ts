import { launchBrowser, type StaticServer, serveStatic } from "@scholia/test-support";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { buildSite, essaysFolder } from "./support/build-site.ts";

// Essays of our own in French and German: claim tagging is English-only, and the page says so.
const FRENCH = `Le marché couvert
Pourquoi la Ville devrait le rouvrir

C'est un bâtiment magnifique, fermé depuis 2019. Ça coûterait moins cher de le rénover que de le démolir, selon l'étude publiée à Paris.

Il faut d'abord consulter les commerçants. Ils connaissent mieux que personne les besoins du quartier.
`;
const GERMAN = `---
title: Die Markthalle
lang: de
---

Die Stadt will die alte Markthalle abreißen. Sie sagt, eine Sanierung sei zu teuer.

Ihr Gutachten stammt jedoch aus dem Jahr 2012. Das Gebäude in Berlin wurde seitdem zweimal repariert.
`;

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  const build = await buildSite(await essaysFolder({ "marche-couvert.txt": FRENCH, "markthalle.md": GERMAN }));
  if (!build.ok) throw new Error(`the build failed:\n${build.output.slice(-4000)}`);
  server = await serveStatic(build.outDir);
  browser = await launchBrowser();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe.each([
  ["marche-couvert", "French"],
  ["markthalle", "German"],
])("the %s reading page", (slug, language) => {
  test(`says in words that claim tagging is English-only, naming ${language}`, async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${server.origin}/${slug}/`);
    await expect(page.getByRole("note").textContent()).resolves.toMatch(
      new RegExp(`Claim tagging is English-only for now: this essay is in ${language}`),
    );
    await expect(page.locator(".essay-body .claim").count()).resolves.toBe(0);
    await page.context().close();
  });

  test("shows no headline warning and indexes no pronoun or article as a name", async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${server.origin}/${slug}/`);
    await expect(page.locator(".diagnostics").count()).resolves.toBe(0);
    await page.goto(`${server.origin}/${slug}/index/`);
    const names = (await page.locator("main li").allTextContents()).map((item) => item.trim().split(",")[0]);
    expect(names.length).toBeGreaterThan(0);
    for (const junk of ["C'est", "Ça", "Il", "Ils", "Die", "Sie", "Ihr", "Ihr Gutachten", "Das"])
      expect(names).not.toContain(junk);
    await page.context().close();
  });
});
