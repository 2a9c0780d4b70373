import { describe, expect, test } from "vitest";
import { type EssayError, isEssayError } from "../src/errors.ts";
import { splitFrontMatter } from "../src/front-matter.ts";

function failure(text: string): EssayError {
  try {
    splitFrontMatter(text, "essays/x.md");
  } catch (error) {
    if (isEssayError(error)) return error;
    throw error;
  }
  throw new Error("expected an EssayError");
}

describe("splitFrontMatter", () => {
  test("reads title, subtitle, author, date and source from YAML", () => {
    const text =
      "---\ntitle: On Factions\nsubtitle: A reply\nauthor: Publius\ndate: 1787-11-22\nsource: The Daily Advertiser\n---\nBody.";
    const split = splitFrontMatter(text);
    expect(split.data).toEqual({
      title: "On Factions",
      subtitle: "A reply",
      author: "Publius",
      authors: ["Publius"],
      date: "1787-11-22",
      source: "The Daily Advertiser",
    });
    expect(split.body).toBe("Body.");
    expect(split.bodyLine).toBe(8);
  });

  test.each([
    [
      "YAML author list",
      "---\ntitle: T\nauthors:\n  - Ada Byron\n  - Charles Babbage\n---\nBody.",
      ["Ada Byron", "Charles Babbage"],
      "Ada Byron and Charles Babbage",
    ],
    ["YAML by list", "---\ntitle: T\nby:\n- Rob Pike\n---\nBody.", ["Rob Pike"], "Rob Pike"],
    [
      "TOML authors array",
      '+++\ntitle = "T"\nauthors = ["A. One", "B. Two", "C. Three"]\n+++\nBody.',
      ["A. One", "B. Two", "C. Three"],
      "A. One, B. Two and C. Three",
    ],
    ["TOML author string", '+++\ntitle = "T"\nauthor = "Solo"\n+++\nBody.', ["Solo"], "Solo"],
    ["YAML author objects", "---\nauthor:\n  - name: Jo March\n---\nBody.", ["Jo March"], "Jo March"],
  ])("reads %s", (_name, text, authors, author) => {
    const { data } = splitFrontMatter(text);
    expect(data.authors).toEqual(authors);
    expect(data.author).toBe(author);
  });

  test.each([
    ["description", "---\ntitle: T\ndescription: A dek\n---\nBody.", "A dek"],
    ["summary", '+++\ntitle = "T"\nsummary = "Short"\n+++\nBody.', "Short"],
  ])("takes %s as the subtitle", (_name, text, subtitle) => {
    expect(splitFrontMatter(text).data.subtitle).toBe(subtitle);
  });

  test("reads TOML dates, lang and a table after the fields", () => {
    const split = splitFrontMatter(
      '+++\ntitle = "Stability"\ndate = 2014-10-30\nlang = "fr"\n\n[extra]\nteam = "x"\n+++\n\nBody.',
    );
    expect(split.data).toMatchObject({ title: "Stability", date: "2014-10-30", lang: "fr" });
    expect(split.bodyLine).toBe(9);
  });

  test("reduces Markdown and entities in a field to text", () => {
    const { data } = splitFrontMatter("---\ntitle: 'Why *this* [matters](https://x.org)&#63;'\n---\nBody.");
    expect(data.title).toBe("Why this matters?");
  });

  test("leaves a text without front matter alone", () => {
    expect(splitFrontMatter("Title\nBody.")).toEqual({ data: {}, body: "Title\nBody.", bodyLine: 1 });
  });

  test("leaves a leading rule of dashes alone when no fields follow it", () => {
    expect(splitFrontMatter("---\n\nA rule, then prose.").body).toBe("---\n\nA rule, then prose.");
  });

  test.each([
    ["an unclosed YAML fence", "---\ntitle: Never closed\n\nBody text.", "front-matter-unclosed", 1, /never closes/],
    ["an unclosed TOML fence", '+++\ntitle = "x"\nBody.', "front-matter-unclosed", 1, /'\+\+\+'/],
    ["front matter with no body", "---\ntitle: Alone\n---\n\n", "front-matter-no-body", 3, /no essay text/],
    [
      "a YAML syntax error",
      "---\ntitle: ok\nauthor: [unclosed\n---\nBody.",
      "front-matter-syntax",
      3,
      /not valid YAML: .{20,}/,
    ],
    [
      "a YAML mapping error",
      "---\ntitle: a: b\n---\nBody.",
      "front-matter-syntax",
      2,
      /not valid YAML: .*(mapping|compact)/i,
    ],
    ["a YAML alias with no anchor", "---\ntitle: *emphasis*\n---\nBody.", "front-matter-syntax", 2, /alias/],
    ["a TOML syntax error", '+++\ntitle = "ok"\nauthors = [\n+++\nBody.', "front-matter-syntax", 3, /not valid TOML/],
  ])("names the file and line of %s", (_name, text, code, line, reason) => {
    const error = failure(text);
    expect(error.code).toBe(code);
    expect(error.file).toBe("essays/x.md");
    expect(error.line).toBe(line);
    expect(error.reason).toMatch(reason);
  });
});

describe("the notes' editor in front matter", () => {
  test("reads editor: as the edition's editor, which parseEssay keeps as edition.editor", async () => {
    const { parseEssay } = await import("../src/parse-essay.ts");
    const text = "---\ntitle: Tolls\neditor: Rosa Marginalia\n---\n\nThe board met.\n";
    expect(splitFrontMatter(text).data.editor).toBe("Rosa Marginalia");
    expect(parseEssay(text, { slug: "tolls", format: "markdown" }).edition).toEqual({ editor: "Rosa Marginalia" });
    expect(
      parseEssay("---\ntitle: Tolls\n---\n\nThe board met.\n", { slug: "tolls", format: "markdown" }).edition,
    ).toBeUndefined();
  });
});
