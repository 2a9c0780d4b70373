import { describe, expect, test } from "vitest";
import { splitSentences } from "../src/sentences.ts";

const texts = (paragraph: string): string[] => splitSentences(paragraph).map((sentence) => sentence.text);

describe("splitSentences", () => {
  test.each([
    [
      "keeps “U.S.” inside one sentence",
      "U.S. officials said so. They were right.",
      ["U.S. officials said so.", "They were right."],
    ],
    [
      "keeps a title with its name",
      "Mr. Hamilton wrote first. Dr. Rush replied.",
      ["Mr. Hamilton wrote first.", "Dr. Rush replied."],
    ],
    [
      "keeps an initial with its surname",
      "The letter was signed by J. Madison himself.",
      ["The letter was signed by J. Madison himself."],
    ],
    [
      "keeps a numbered reference together",
      "See No. 10 of the series. It is short.",
      ["See No. 10 of the series.", "It is short."],
    ],
    [
      "keeps Latin abbreviations inside",
      "Some powers, e.g. taxation, are shared. Others are not.",
      ["Some powers, e.g. taxation, are shared.", "Others are not."],
    ],
    [
      "keeps a closing quotation mark with its sentence",
      "He said, “We will not yield.” The crowd cheered.",
      ["He said, “We will not yield.”", "The crowd cheered."],
    ],
    [
      "does not split before a lower-case continuation",
      "Is it wise? he asked the assembly.",
      ["Is it wise? he asked the assembly."],
    ],
    [
      "keeps a long semicolon-laden sentence whole",
      "The union is weak; its members are jealous; its treasury is empty; and its credit is gone. Reform is needed.",
      [
        "The union is weak; its members are jealous; its treasury is empty; and its credit is gone.",
        "Reform is needed.",
      ],
    ],
    [
      "treats “&c.” inside a list as no ending",
      "Duties on wine, spirits, &c. are proposed. They are light.",
      ["Duties on wine, spirits, &c. are proposed.", "They are light."],
    ],
    [
      "ends at a question and an exclamation",
      "Who will pay? Not the rich! The poor will.",
      ["Who will pay?", "Not the rich!", "The poor will."],
    ],
    [
      "keeps a decimal number inside",
      "Rents rose 4.5 percent. Wages did not.",
      ["Rents rose 4.5 percent.", "Wages did not."],
    ],
    [
      "ends after a dotted abbreviation when a sentence opener follows",
      "The plan came from the U.S. The rest of the world waited.",
      ["The plan came from the U.S.", "The rest of the world waited."],
    ],
  ])("%s", (_, paragraph, expected) => {
    expect(texts(paragraph)).toEqual(expected);
  });

  test("offsets point back into the paragraph", () => {
    const paragraph = "First point.  Second point; with more. Third?";
    for (const sentence of splitSentences(paragraph)) {
      expect(paragraph.slice(sentence.start, sentence.end)).toBe(sentence.text);
    }
  });
});
