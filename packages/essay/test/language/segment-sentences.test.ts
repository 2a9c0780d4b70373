import { describe, expect, test } from "vitest";
import { segmentSentences } from "../../src/language/segment-sentences.ts";

const texts = (text: string, lang: string): string[] => segmentSentences(text, lang).map((sentence) => sentence.text);

describe("segmentSentences", () => {
  test.each([
    [
      "fr",
      "M. Martin est arrivé hier. Il a parlé, p. ex. de la réforme. C'est tout.",
      ["M. Martin est arrivé hier.", "Il a parlé, p. ex. de la réforme.", "C'est tout."],
    ],
    [
      "de",
      "Die Stadt hat z. B. neue Regeln erlassen. Sie gelten ab Nr. 5 des Gesetzes. Das ist alles.",
      ["Die Stadt hat z. B. neue Regeln erlassen.", "Sie gelten ab Nr. 5 des Gesetzes.", "Das ist alles."],
    ],
    ["de", "Prof. Weber und Dr. Roth widersprechen. Warum?", ["Prof. Weber und Dr. Roth widersprechen.", "Warum?"]],
  ])("splits %s text with the language's abbreviations: %s", (lang, text, expected) => {
    expect(texts(text, lang)).toEqual(expected);
  });

  test("offsets point back into the paragraph", () => {
    const text = "Premier point.  Deuxième point ; et la suite. Troisième ?";
    for (const sentence of segmentSentences(text, "fr"))
      expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });

  test("uses the project's own splitter for English", () => {
    expect(texts("U.S. officials said so. They were right.", "en-US")).toEqual([
      "U.S. officials said so.",
      "They were right.",
    ]);
  });
});
