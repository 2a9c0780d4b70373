import { describe, expect, test } from "vitest";
import { centrality, isContentWord } from "../../src/claims/centrality.ts";
import { wordsOf } from "../../src/claims/tokens.ts";

const sentences = (texts: readonly string[]) =>
  texts.map((text, paragraph) => ({ words: wordsOf(text).map((lower) => ({ lower })), paragraph }));

describe("centrality", () => {
  test("ranks first the sentence that says what the rest of the essay says", () => {
    const ranks = centrality(
      sentences([
        "Night buses leave the depot after midnight.",
        "The weather was mild that spring.",
        "Cleaners and nurses ride night buses home.",
        "Night buses carry cleaners and nurses across the city.",
        "The city pays for the buses.",
      ]),
    );
    expect(ranks[3]).toBe(0);
    expect(ranks[1]).toBeGreaterThan(ranks[3] ?? 1);
    expect(Math.max(...ranks)).toBeLessThan(1);
  });

  test("gives a sentence without content words the lowest rank", () => {
    const ranks = centrality(sentences(["Buses run late.", "It is so.", "Late buses run full."]));
    expect(ranks[1]).toBe(2 / 3);
  });

  test("returns nothing for no sentences", () => {
    expect(centrality([])).toEqual([]);
  });

  test("counts only content words", () => {
    expect(isContentWord("buses")).toBe(true);
    expect(isContentWord("the")).toBe(false);
    expect(isContentWord("1990s")).toBe(false);
  });
});
