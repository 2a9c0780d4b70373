import { describe, expect, test } from "vitest";
import { isEssayError } from "../src/errors.ts";
import { splitFrontMatter } from "../src/front-matter.ts";

describe("splitFrontMatter", () => {
  test("reads title, subtitle, author, date and source", () => {
    const text =
      "---\ntitle: On Factions\nsubtitle: A reply\nauthor: Publius\ndate: 1787-11-22\nsource: The Daily Advertiser\n---\nBody.";
    const split = splitFrontMatter(text);
    expect(split.data).toEqual({
      title: "On Factions",
      subtitle: "A reply",
      author: "Publius",
      date: "1787-11-22",
      source: "The Daily Advertiser",
    });
    expect(split.body).toBe("Body.");
    expect(split.bodyLine).toBe(8);
  });

  test("leaves a text without front matter alone", () => {
    expect(splitFrontMatter("Title\nBody.")).toEqual({ data: {}, body: "Title\nBody.", bodyLine: 1 });
  });

  test("names the file and line of a YAML syntax error", () => {
    try {
      splitFrontMatter("---\ntitle: ok\nauthor: [unclosed\n---\nBody.", "essays/x.md");
      expect.unreachable();
    } catch (error) {
      expect(isEssayError(error)).toBe(true);
      if (!isEssayError(error)) return;
      expect(error.code).toBe("front-matter-syntax");
      expect(error.file).toBe("essays/x.md");
      expect(error.line).toBeGreaterThanOrEqual(2);
    }
  });
});
