import { parseEssay } from "@scholia/essay";
import { describe, expect, test } from "vitest";
import { escapeText, RUN_WORDS, searchRecords } from "../src/integrations/search-records.ts";
import { parseLayout, sliceRun, wordCount } from "../src/lib/search-layout.ts";

// A small essay of our own, parsed by the real parser: what each record must hold is written
// out below by hand, not recomputed from the parsed model.
const essay = parseEssay(
  [
    "---",
    "title: Tolls at the Harbour",
    "---",
    "Amara Okafor told the harbour board in Lisbon to raise its tolls.",
    "",
    "The board should raise the tolls this spring. The council must pay for the breakwater.",
    "",
    "Costs went from 3 < 5 & then 7 > 6, in March 2021 and again in 2023.",
    "",
    "Prices rose 12% in 2021. The board should act.",
    "",
  ].join("\n"),
  { slug: "harbour", format: "markdown" },
);
const [record] = searchRecords(essay);
const layout = parseLayout(record?.url ?? "") ?? [];

describe("searchRecords", () => {
  test("makes one run of a short essay's consecutive passages, linking to the first on the essay's page", () => {
    expect(searchRecords(essay)).toHaveLength(1);
    expect(record?.url).toMatch(/^\/harbour\/\?passages=[^#]+#p1$/);
    expect(layout.map((row) => [row.id, row.words])).toEqual([
      ["p1", 12],
      ["p2", 15],
      ["p3", 18],
      ["p4", 9],
    ]);
  });

  test("indexes the passages' text one after another, with &, < and > escaped", () => {
    expect(record?.content).toBe(
      "Amara Okafor told the harbour board in Lisbon to raise its tolls. " +
        "The board should raise the tolls this spring. The council must pay for the breakwater. " +
        "Costs went from 3 &lt; 5 &amp; then 7 &gt; 6, in March 2021 and again in 2023. " +
        "Prices rose 12% in 2021. The board should act.",
    );
  });

  test("slices the run back into each passage's own words", () => {
    const slices = sliceRun(record?.content ?? "", [3, 20, 44], layout);
    expect(slices.map((slice) => slice.words.join(" "))).toEqual([
      "Amara Okafor told the harbour board in Lisbon to raise its tolls.",
      "The board should raise the tolls this spring. The council must pay for the breakwater.",
      "Costs went from 3 &lt; 5 &amp; then 7 &gt; 6, in March 2021 and again in 2023.",
      "Prices rose 12% in 2021. The board should act.",
    ]);
    // Word 3 is p1's fourth, 20 p2's ninth, 44 p3's last: locations count from the run's first word.
    expect(slices.map((slice) => slice.locations)).toEqual([[3], [8], [17], []]);
  });

  test("files the run under its essay's title, and each passage under its own claim kinds and actors", () => {
    expect(record?.filters.essay).toEqual(["Tolls at the Harbour"]);
    expect(layout[1]?.kinds).toEqual(["recommendation"]);
    expect(layout[3]?.kinds).toEqual(["recommendation", "evidence"]);
    expect(layout[0]?.actors).toEqual(["Amara Okafor", "Lisbon"]);
    // The third paragraph names two dates and nothing else.
    expect(layout[2]?.actors).toEqual([]);
    expect(record?.filters.actor).toEqual(["Amara Okafor", "Lisbon"]);
    expect(record?.filters.kind).toEqual(expect.arrayContaining(["recommendation", "evidence"]));
  });

  test("cuts a longer essay into runs of at most RUN_WORDS words, a longer passage alone", () => {
    const words = (n: number, word: string): string => `${Array.from({ length: n }, () => word).join(" ")}.`;
    const long = parseEssay(
      [
        "# Runs",
        "",
        words(120, "alpha"),
        "",
        words(120, "beta"),
        "",
        words(RUN_WORDS + 10, "gamma"),
        "",
        words(5, "delta"),
        "",
      ].join("\n"),
      { slug: "runs", format: "markdown" },
    );
    const runs = searchRecords(long).map((each) => (parseLayout(each.url) ?? []).map((row) => row.id));
    expect(runs).toEqual([["p1", "p2"], ["p3"], ["p4"]]);
  });

  test("carries no meta, whose words Pagefind would make searchable in every passage", () => {
    expect(Object.keys(record ?? {})).not.toContain("meta");
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
  ])("reads %j as %j", (url, expected) => {
    expect(parseLayout(url)).toEqual(expected);
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
