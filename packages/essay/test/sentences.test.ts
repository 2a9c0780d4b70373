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

  test.each([
    [
      "keeps a spaced ellipsis inside its sentence",
      "The people . . . shall have the power. Nothing else follows.",
      ["The people . . . shall have the power.", "Nothing else follows."],
    ],
    [
      "never makes a sentence of a spaced ellipsis before a capital",
      "He hesitated . . . Then he spoke.",
      ["He hesitated . . . Then he spoke."],
    ],
    [
      "ends at a four-dot spaced ellipsis before a capital",
      "The record stops there. . . . Later pages are lost.",
      ["The record stops there. . . .", "Later pages are lost."],
    ],
    [
      "keeps a bracketed elision inside its sentence",
      "The clause [...] Binds every state. The rest is silent.",
      ["The clause [...] Binds every state.", "The rest is silent."],
    ],
    [
      "keeps an elision in parentheses inside its sentence",
      "He wrote that (...) The rest was torn away. We know no more.",
      ["He wrote that (...) The rest was torn away.", "We know no more."],
    ],
    [
      "keeps a numbered list marker with its item",
      "1. Publish the data. 2. Ask for comments.",
      ["1. Publish the data.", "2. Ask for comments."],
    ],
    [
      "keeps a marker with a bracket with its item",
      "1.) Measure twice. 2.) Cut once.",
      ["1.) Measure twice.", "2.) Cut once."],
    ],
    [
      "keeps a lettered marker with its item",
      "a. Read the rules. b. Sign the form.",
      ["a. Read the rules.", "b. Sign the form."],
    ],
    ["keeps a bulleted number with its item", "• 9. Keep a copy of every page.", ["• 9. Keep a copy of every page."]],
    [
      "keeps an ordinal marker with its item",
      "2d. The states keep their militia. 3d. Taxes stay low.",
      ["2d. The states keep their militia.", "3d. Taxes stay low."],
    ],
    [
      "keeps a spelled-out marker with its item",
      "First. The bill is too long. Second. It is too vague.",
      ["First. The bill is too long.", "Second. It is too vague."],
    ],
    [
      "keeps “v.” inside a case name",
      "The ruling in Smith v. Jones stands. It binds us.",
      ["The ruling in Smith v. Jones stands.", "It binds us."],
    ],
    [
      "keeps a roman numeral with “No.” and “Vol.”",
      "This is No. I of the series, in Vol. IV of the papers. More follow.",
      ["This is No. I of the series, in Vol. IV of the papers.", "More follow."],
    ],
    ["keeps “N°.” with its number", "See N°. 5 of the list. It is short.", ["See N°. 5 of the list.", "It is short."]],
    [
      "ends after a sentence-final “I.” before a capital",
      "Nobody was more surprised than I. Everyone else knew.",
      ["Nobody was more surprised than I.", "Everyone else knew."],
    ],
    [
      "ends after a sentence-final “P.M.” before a capital",
      "The polls closed at 8 P.M. Counting began at once.",
      ["The polls closed at 8 P.M.", "Counting began at once."],
    ],
    [
      "keeps a parenthetical citation after a closing quote with its sentence",
      "She called it “a tax on hope.” (Brown 2009, p. 14) Others disagreed.",
      ["She called it “a tax on hope.” (Brown 2009, p. 14)", "Others disagreed."],
    ],
    [
      "keeps a winking emoticon with the sentence before it",
      "That went well. ;) Next we test it.",
      ["That went well. ;)", "Next we test it."],
    ],
    [
      "never makes a sentence of a lone elision mark",
      "The text breaks off here. (...) The next leaf begins.",
      ["The text breaks off here. (...)", "The next leaf begins."],
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
