import { describe, expect, test } from "vitest";
import { escapeText, RUN_WORDS, searchRecords } from "../src/integrations/search-records.ts";
import { parseLayout, sliceRun, wordCount } from "../src/lib/search-layout.ts";
import { annotated, bundled } from "./fixtures.ts";

describe("searchRecords", () => {
  const records = searchRecords(bundled);
  const rows = records.flatMap((record) => parseLayout(record.url) ?? []);

  test("covers every non-empty paragraph once, in order, in runs of consecutive passages", () => {
    expect(rows.map((row) => row.id)).toEqual(
      bundled.paragraphs.filter((paragraph) => paragraph.text.trim() !== "").map((paragraph) => paragraph.id),
    );
    expect(records.length).toBeGreaterThan(1);
    expect(records.length).toBeLessThan(bundled.paragraphs.length);
  });

  test("links each run to the reading page at its first passage", () => {
    for (const record of records) {
      const first = parseLayout(record.url)?.[0]?.id;
      expect(record.url).toMatch(new RegExp(`^/talking-about-talking/\\?passages=[^#]+#${first}$`));
    }
  });

  test("keeps runs within RUN_WORDS words, unless one passage is longer on its own", () => {
    for (const record of records) {
      const layout = parseLayout(record.url) ?? [];
      if (layout.length > 1) expect(wordCount(record.content)).toBeLessThanOrEqual(RUN_WORDS);
    }
  });

  test("slices a run's content back into each passage's own words", () => {
    for (const record of records) {
      const layout = parseLayout(record.url) ?? [];
      for (const slice of sliceRun(record.content, [], layout)) {
        const paragraph = bundled.paragraphs.find((each) => each.id === slice.layout.id);
        expect(slice.words.join(" ")).toBe(escapeText(paragraph?.text.replace(/\s+/g, " ").trim() ?? ""));
      }
    }
  });

  test("files each passage under exactly the claim kinds its sentences make, and each run under their union", () => {
    for (const record of records) {
      const layout = parseLayout(record.url) ?? [];
      for (const row of layout) {
        const paragraph = bundled.paragraphs.find((each) => each.id === row.id);
        expect(new Set(row.kinds)).toEqual(new Set(paragraph?.claims.map((claim) => claim.kind)));
      }
      expect(new Set(record.filters.kind)).toEqual(new Set(layout.flatMap((row) => row.kinds)));
    }
  });

  test("files each passage under the actors mentioned in it, never under dates", () => {
    for (const row of rows) {
      const expected = bundled.entities
        .filter((entity) => entity.type !== "date" && entity.mentions.some((mention) => mention.paragraphId === row.id))
        .map((entity) => entity.name);
      expect(new Set(row.actors)).toEqual(new Set(expected));
    }
  });

  test("carries no meta, whose words Pagefind would make searchable in every passage", () => {
    for (const record of records) expect(Object.keys(record)).not.toContain("meta");
  });

  test("escapes markup in the text, so that the only tags in excerpts are Pagefind's", () => {
    const [first] = searchRecords(annotated);
    expect(first?.content).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(first?.content).not.toContain("<img");
  });
});

describe("parseLayout", () => {
  test.each([
    ["/a/#p1", undefined],
    ["/a/?passages=nonsense#p1", undefined],
    ["/a/?passages=%5B%5B%22p1%22%2C%22x%22%2C%5B%5D%2C%5B%5D%5D%5D", undefined],
    [
      "/a/?passages=%5B%5B%22p1%22%2C3%2C%5B%22evidence%22%5D%2C%5B%5D%5D%5D#p1",
      [{ id: "p1", words: 3, kinds: ["evidence"], actors: [] }],
    ],
  ])("reads %j as %j", (url, layout) => {
    expect(parseLayout(url)).toEqual(layout);
  });
});

describe("wordCount", () => {
  test.each([
    ["a  cease-fire ¶ now", 4],
    ["  leading and trailing  ", 3],
    ["zero\u200Bwidth joins", 2],
    ["", 0],
  ])("counts %j as %i words, as Pagefind's locations do", (text, count) => {
    expect(wordCount(text)).toBe(count);
  });
});

describe("escapeText", () => {
  test.each([
    ["a < b", "a &lt; b"],
    ["<mark>x</mark>", "&lt;mark&gt;x&lt;/mark&gt;"],
    ["&lt; stays literal", "&amp;lt; stays literal"],
    ["plain", "plain"],
  ])("escapes %j as %j", (input, output) => {
    expect(escapeText(input)).toBe(output);
  });
});
