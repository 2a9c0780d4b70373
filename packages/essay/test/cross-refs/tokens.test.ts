import { describe, expect, test } from "vitest";
import { contentWords, contentWordsAt } from "../../src/cross-refs/tokens.ts";

describe("contentWordsAt", () => {
  test("finds words joined across apostrophes, hyphens and dots, with their offsets", () => {
    // A dot and a hyphen in a row end a word; a final "s" is folded (plurals, and possessives' "s").
    expect(contentWordsAt("The harbour-master’s U.S.-made boats, 3rd class.")).toEqual([
      { word: "harbour-master'", at: 4 },
      { word: "u.s", at: 21 },
      { word: "made", at: 26 },
      { word: "boat", at: 31 },
      { word: "class", at: 42 },
    ]);
  });

  test("reads letters outside ASCII, combining marks and letters beyond the BMP as letters", () => {
    expect(contentWordsAt("Café́ 𝒜lpha naïve—forms ٣abc").map(({ word }) => word)).toEqual([
      "café́",
      "𝒜lpha",
      "naïve",
      "form",
      "abc",
    ]);
  });

  test("keeps the offsets of the text itself when lower-casing changes its length", () => {
    const text = "İstanbul ferries sail daily.";
    expect(contentWordsAt(text).map(({ at }) => text.slice(at, at + 5))).toEqual(["İstan", "ferri", "sail ", "daily"]);
  });

  test("reads the same words as contentWords", () => {
    const text = "Signals such as prisoner swaps don't convey intent without the envoys' talks.";
    expect(contentWordsAt(text).map(({ word }) => word)).toEqual(contentWords(text));
  });
});
