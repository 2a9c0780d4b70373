import { describe, expect, test } from "vitest";
import {
  apaName,
  bibtex,
  type CitationSource,
  citations,
  escapeBibtex,
  invertedName,
  plainText,
} from "../src/lib/citation.ts";

const url = "https://example.org/on-talks/p3/";
const known: CitationSource = {
  title: "Talking About Talking",
  author: "Jane Q. Doe",
  date: "2024-09-05",
  siteName: "Scholia",
  url,
  paragraph: 3,
  key: "on-talks-p3",
};
const bare: CitationSource = {
  title: "Talking About Talking",
  siteName: "Scholia",
  url,
  paragraph: 3,
  key: "on-talks-p3",
};

const style = (source: CitationSource, name: string) => {
  const found = citations(source).find((citation) => citation.style === name);
  if (!found) throw new Error(`no ${name} citation`);
  return { reference: plainText(found.reference), inText: plainText(found.inText), runs: found.reference };
};

describe("citations with author and date", () => {
  test("Chicago cites the paragraph in note form", () => {
    expect(style(known, "chicago").reference).toBe(
      `Jane Q. Doe, “Talking About Talking,” Scholia, September 5, 2024, para. 3, ${url}.`,
    );
    expect(style(known, "chicago").inText).toBe("Doe, para. 3.");
  });

  test("MLA inverts the name, abbreviates the month and italicises the site", () => {
    const mla = style(known, "mla");
    expect(mla.reference).toBe(`Doe, Jane Q. “Talking About Talking.” Scholia, 5 Sept. 2024, ${url}.`);
    expect(mla.runs.filter((run) => run.italic).map((run) => run.text)).toEqual(["Scholia"]);
    expect(mla.inText).toBe("(Doe, par. 3)");
  });

  test("APA gives initials, the date after the name, an italic title and no final period after the URL", () => {
    const apa = style(known, "apa");
    expect(apa.reference).toBe(`Doe, J. Q. (2024, September 5). Talking About Talking. Scholia. ${url}`);
    expect(apa.runs.filter((run) => run.italic).map((run) => run.text)).toEqual(["Talking About Talking."]);
    expect(apa.inText).toBe("(Doe, 2024, para. 3)");
  });

  test("BibTeX names the author, year, month, paragraph and URL", () => {
    expect(bibtex(known)).toBe(
      [
        "@misc{on-talks-p3,",
        "  author = {Jane Q. Doe},",
        "  title = {{Talking About Talking}},",
        "  howpublished = {Scholia},",
        "  year = {2024},",
        "  month = {9},",
        "  note = {Paragraph 3},",
        `  url = {${url}}`,
        "}",
      ].join("\n"),
    );
  });
});

describe("citations without author or date", () => {
  test("Chicago and MLA start with the title and skip the date", () => {
    expect(style(bare, "chicago").reference).toBe(`“Talking About Talking,” Scholia, para. 3, ${url}.`);
    expect(style(bare, "chicago").inText).toBe("“Talking About Talking,” para. 3.");
    expect(style(bare, "mla").reference).toBe(`“Talking About Talking.” Scholia, ${url}.`);
  });

  test("APA moves the title first and writes n.d.", () => {
    expect(style(bare, "apa").reference).toBe(`Talking About Talking. (n.d.). Scholia. ${url}`);
    expect(style(bare, "apa").inText).toBe("(Talking About Talking, n.d., para. 3)");
  });

  test("BibTeX leaves out the fields it does not know", () => {
    expect(bibtex(bare)).not.toMatch(/author|year|month/);
  });

  test("a title ending in a question mark takes no extra comma or period", () => {
    const question = { ...bare, title: "Can Talks Work?" };
    expect(style(question, "chicago").reference).toContain("“Can Talks Work?” Scholia");
    expect(style(question, "mla").reference).toContain("“Can Talks Work?” Scholia");
  });
});

describe("names and escaping", () => {
  test.each([
    ["Jane Q. Doe", "Doe, Jane Q.", "Doe, J. Q."],
    ["Jean-Paul Sartre", "Sartre, Jean-Paul", "Sartre, J.-P."],
    ["Plato", "Plato", "Plato"],
    ["Doe, Jane", "Doe, Jane", "Doe, Jane"],
    ["Jane Doe and John Roe", "Jane Doe and John Roe", "Jane Doe and John Roe"],
  ])("%s is listed as %s (MLA, Chicago) and %s (APA)", (name, inverted, apa) => {
    expect(invertedName(name)).toBe(inverted);
    expect(apaName(name)).toBe(apa);
  });

  test("BibTeX escapes LaTeX's special characters so titles survive", () => {
    expect(escapeBibtex("R&D at 100% {cost} for $5 #1 a_b ~ ^ \\")).toBe(
      "R\\&D at 100\\% \\{cost\\} for \\$5 \\#1 a\\_b \\textasciitilde{} \\textasciicircum{} \\textbackslash{}",
    );
    expect(bibtex({ ...bare, title: "R&D at 100%" })).toContain("title = {{R\\&D at 100\\%}}");
  });
});
