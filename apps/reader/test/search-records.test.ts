import { parseEssay } from "@scholia/essay";
import { describe, expect, test } from "vitest";
import { escapeText, passageRecords } from "../src/integrations/search-records.ts";

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
const records = passageRecords(essay);

describe("passageRecords", () => {
  test("makes one record per paragraph, linking to its anchor on the essay's page", () => {
    expect(records.map((record) => record.url)).toEqual([
      "/harbour/#p1",
      "/harbour/#p2",
      "/harbour/#p3",
      "/harbour/#p4",
    ]);
  });

  test("indexes the paragraph's text with &, < and > escaped, so no markup of the essay survives", () => {
    expect(records[2]?.content).toBe("Costs went from 3 &lt; 5 &amp; then 7 &gt; 6, in March 2021 and again in 2023.");
    expect(records[0]?.content).toBe("Amara Okafor told the harbour board in Lisbon to raise its tolls.");
  });

  test("files every passage under its essay's title", () => {
    for (const record of records) expect(record.filters.essay).toEqual(["Tolls at the Harbour"]);
  });

  test("files a passage under each claim kind it makes once, however many sentences make it", () => {
    expect(records[1]?.filters.kind).toEqual(["recommendation"]);
  });

  test("lists a passage's claim kinds in the taxonomy's order, not the order of its sentences", () => {
    expect(records[3]?.filters.kind).toEqual(["recommendation", "evidence"]);
  });

  test("files a passage under the people and places it names, sorted, and never under a date", () => {
    expect(records[0]?.filters.actor).toEqual(["Amara Okafor", "Lisbon"]);
    // The third paragraph names two dates and nothing else.
    const dates = essay.entities.filter((entity) => entity.mentions.some((mention) => mention.paragraphId === "p3"));
    expect(dates.map((entity) => entity.type)).toEqual(["date", "date"]);
    expect(records[2]?.filters.actor).toEqual([]);
  });

  test("carries no meta, whose words Pagefind would make searchable in every passage", () => {
    for (const record of records) expect(Object.keys(record)).not.toContain("meta");
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
