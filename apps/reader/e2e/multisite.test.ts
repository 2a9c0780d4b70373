import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  type BuiltCollection,
  buildCollections,
  launchBrowser,
  type StaticServer,
  serveStatic,
} from "@scholia/test-support";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { essaysFolder, READER } from "./support/build-site.ts";

// Two collections built separately (own essays folder, own base path, own output folder) and
// served side by side from one static root, as a CDN would; docs/scaling.md explains the setup.
// Built sites go inside the repository (bench-out/, ignored by git): Astro keeps a build's
// prerender chunks apart from other builds' only when its output lies inside the working folder,
// and those chunks must find the repository's node_modules.
const OUT = fileURLToPath(new URL("../../../bench-out/", import.meta.url));

// Each collection's essays: their own words, all of which mention a budget.
const ESSAYS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  north: {
    "harbour-tolls.txt": `Harbour Tolls and the Budget
Why a port town should price its berths honestly
The harbour board has kept its tolls flat for eleven years, and the town budget has quietly paid the difference.
Raising the tolls in steps would let the budget fund the breakwater repairs that the engineers asked for in their last survey.
`,
    "winter-roads.txt": `Paying for Winter Roads
What the gritting lorries cost, and who should pay
Every winter the council spends more on salt than it planned, because the budget assumes a mild season.
A reserve set aside in good years would keep the roads open without cutting the library hours in February.
`,
  },
  south: {
    "orchard-grants.txt": `The Orchard Grants
A small programme that outlived three governments
The orchard grants cost less than one percent of the agriculture budget, yet they replanted most of the valley.
Farmers who took them planted older varieties, and the cider makers now buy their fruit within ten miles.
`,
    "school-meals.txt": `School Meals Are a Budget Choice
Feeding children well is cheaper than it looks
Cooking in school kitchens instead of buying sealed trays would cost the education budget little more each term.
Head teachers who tried it report fewer afternoon visits to the nurse and less food thrown away.
`,
  },
};

const slugs = (name: string): string[] => Object.keys(ESSAYS[name] ?? {}).map((file) => file.replace(/\.txt$/, ""));
let root: string;
let built: BuiltCollection[];
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  await mkdir(OUT, { recursive: true });
  root = await mkdtemp(join(OUT, "multisite-"));
  const collections = await Promise.all(
    Object.entries(ESSAYS).map(async ([name, files]) => ({ name, essays: await essaysFolder(files) })),
  );
  built = await buildCollections(READER, join(root, "site"), collections);
  server = await serveStatic(join(root, "site"), "/");
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (root) await rm(root, { recursive: true, force: true });
});

interface Hit {
  readonly url: string;
  readonly title: string;
}

/**
 * On `page`, loads one collection's Pagefind, merges the others' indexes, and searches. The
 * script is a string because Vite rewrites `import()` in the test's own functions.
 */
function searchMerged(page: Page, own: string, others: readonly string[], query: string): Promise<Hit[]> {
  const args = JSON.stringify({ own, others, query });
  return page.evaluate(`(async ({ own, others, query }) => {
    const pagefind = await import(own + "pagefind/pagefind.js");
    await pagefind.options({ baseUrl: own });
    for (const base of others) await pagefind.mergeIndex(base + "pagefind/", { baseUrl: base });
    const found = await pagefind.search(query);
    const data = await Promise.all(found.results.slice(0, 60).map((result) => result.data()));
    return data.map((item) => ({ url: item.url, title: item.meta.title ?? "" }));
  })(${args})`) as Promise<Hit[]>;
}

describe("two collections built apart and served from one static root", () => {
  test("each collection's library lists only its own essays, under its own base path", async () => {
    const page = await browser.newPage();
    for (const collection of built) {
      await page.goto(`${server.origin}${collection.base}`);
      const links = await page
        .locator(".library a")
        .evaluateAll((nodes) => nodes.map((node) => new URL((node as HTMLAnchorElement).href).pathname));
      const listed = (slug: string): boolean => links.some((path) => path.startsWith(`/${collection.name}/${slug}`));
      const others = built.filter((other) => other !== collection).flatMap((other) => slugs(other.name));
      expect(slugs(collection.name).filter(listed)).toEqual(slugs(collection.name));
      expect(others.filter((slug) => links.some((path) => path.includes(`/${slug}`)))).toEqual([]);
      expect(links.every((path) => path.startsWith(collection.base))).toBe(true);
    }
    await page.close();
  });

  test("a search on one collection, with the other's index merged in, finds passages of both", async () => {
    const [north, south] = built;
    if (!north || !south) throw new Error("two collections were to be built");
    const page = await browser.newPage();
    await page.goto(`${server.origin}${north.base}`);
    // Every essay of both collections mentions a budget.
    const hits = await searchMerged(page, north.base, [south.base], "budget");
    const bases = new Set(hits.map((hit) => `/${hit.url.split("/")[1]}/`));
    expect(bases).toEqual(new Set([north.base, south.base]));
    // Without the merge, the same search stays inside its own collection.
    const alone = await browser.newPage();
    await alone.goto(`${server.origin}${north.base}`);
    const own = await searchMerged(alone, north.base, [], "budget");
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((hit) => hit.url.startsWith(north.base))).toBe(true);
    await alone.close();
    await page.close();
  });

  test("the merged results link to passages that exist under their collection's base path", async () => {
    const [north, south] = built;
    if (!north || !south) throw new Error("two collections were to be built");
    const page = await browser.newPage();
    await page.goto(`${server.origin}${south.base}`);
    const hits = await searchMerged(page, south.base, [north.base], "budget");
    for (const base of [north.base, south.base]) {
      const hit = hits.find((item) => item.url.startsWith(base));
      expect(hit).toBeDefined();
      const target = new URL(hit?.url ?? "", server.origin);
      await page.goto(target.href);
      const id = target.hash.slice(1);
      if (id) await expect(page.locator(`[id="${id}"]`).count()).resolves.toBe(1);
      await expect(page.locator("h1").count()).resolves.toBe(1);
    }
    await page.close();
  });
});
