import { fileURLToPath } from "node:url";
import { readEssayFile } from "@scholia/essay";
import { describe, expect, test } from "vitest";
import { escapeText, passageRecords } from "../src/integrations/search-records.ts";

const ESSAY = fileURLToPath(new URL("../essays/talking-about-talking.txt", import.meta.url));

describe("passageRecords", async () => {
  const essay = await readEssayFile(ESSAY, "talking-about-talking.txt");
  const records = passageRecords(essay);

  test("makes one record per paragraph, linking to its anchor on the reading page", () => {
    expect(records.map((record) => record.url)).toEqual(
      essay.paragraphs.map((paragraph) => `/talking-about-talking/#${paragraph.id}`),
    );
  });

  test("files each passage under exactly the claim kinds its sentences make", () => {
    for (const [i, record] of records.entries()) {
      const kinds = new Set(essay.paragraphs[i]?.claims.map((claim) => claim.kind));
      expect(new Set(record.filters.kind)).toEqual(kinds);
    }
  });

  test("files each passage under the actors mentioned in it, never under dates", () => {
    for (const [i, record] of records.entries()) {
      const id = essay.paragraphs[i]?.id;
      const expected = essay.entities
        .filter((entity) => entity.type !== "date" && entity.mentions.some((mention) => mention.paragraphId === id))
        .map((entity) => entity.name);
      expect(new Set(record.filters.actor)).toEqual(new Set(expected));
    }
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
