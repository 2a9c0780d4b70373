import { readFile } from "node:fs/promises";
import { describe, expect, test } from "vitest";
import { DIST, useSite } from "./support/site.ts";
import { matchTextDirective } from "./support/text-directive-match.ts";

const site = useSite();

describe("sentence links of the bundled edition", () => {
  test("every #:~:text= link matches its own sentence, exactly once, clear of notes, by the WICG rule", async () => {
    const model = JSON.parse(await readFile(`${DIST}talking-about-talking.json`, "utf8")) as {
      paragraphs: { id: string }[];
    };
    const context = await site.context({ width: 1400 });
    const page = await context.newPage();
    const links: { from: string; href: string }[] = [];
    for (const paragraph of model.paragraphs) {
      await page.goto(`${site.origin}/talking-about-talking/${paragraph.id}/`);
      const hrefs = await page
        .locator(".claim-link a")
        .evaluateAll((nodes) => nodes.map((node) => node.getAttribute("href") ?? ""));
      links.push(...hrefs.map((href) => ({ from: paragraph.id, href })));
    }
    expect(links.length).toBeGreaterThan(model.paragraphs.length);
    // One reading page at the wide layout, where margin notes and cross-references show.
    await page.goto(`${site.origin}/talking-about-talking/`);
    const failures: string[] = [];
    for (const { from, href } of links) {
      const url = new URL(href);
      const [element, directive = ""] = url.hash.slice(1).split(":~:text=");
      expect(element).toBe(from);
      const match = await page.evaluate(matchTextDirective, directive);
      if (match.count !== 1 || match.passage !== from || match.throughNote)
        failures.push(`${from} ${decodeURIComponent(directive)}: ${JSON.stringify(match)}`);
    }
    console.info(`${links.length} sentence links checked`);
    expect(failures).toEqual([]);
    await context.close();
  });
});
