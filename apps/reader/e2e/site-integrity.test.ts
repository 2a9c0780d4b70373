import { HtmlValidate } from "html-validate";
import { describe, expect, test } from "vitest";
import { checkLinks } from "./support/link-check.ts";
import { DIST } from "./support/site.ts";
import { readPage, siteFiles } from "./support/site-files.ts";

describe("the built site", async () => {
  const files = await siteFiles(DIST);
  const pages = files.filter((file) => file.endsWith(".html"));

  test("has a reading page, a library and a search page", () => {
    expect(pages).toEqual(
      expect.arrayContaining(["index.html", "search/index.html", "talking-about-talking/index.html"]),
    );
  });

  test("has no broken internal link or anchor", async () => {
    expect(await checkLinks(DIST, files)).toEqual([]);
  });

  test("validates as HTML on every page", async () => {
    const validator = new HtmlValidate({
      extends: ["html-validate:recommended"],
      rules: {
        // Astro writes void elements without the closing slash and long attribute-free lines.
        "void-style": "off",
        "no-trailing-whitespace": "off",
      },
    });
    const problems: string[] = [];
    for (const page of pages) {
      const report = await validator.validateString(await readPage(DIST, page), page);
      for (const result of report.results) {
        for (const message of result.messages) {
          if (message.severity === 2)
            problems.push(`${page}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
