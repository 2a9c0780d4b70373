import { describe, expect, test } from "vitest";
import { detectLanguage } from "../src/detect-language.ts";

const repeat = (text: string) => Array.from({ length: 6 }, () => text);

describe("detectLanguage", () => {
  test.each([
    ["en", "The harbour was built of stone, and it is older than the town that grew around it."],
    [
      "fr",
      "Le port est plus ancien que la ville, et les pêcheurs ne savent pas qui a posé la première pierre du quai.",
    ],
    ["de", "Der Hafen ist älter als die Stadt, und die Fischer wissen nicht, wer den ersten Stein gelegt hat."],
  ])("tells %s", (lang, text) => {
    expect(detectLanguage(repeat(text))).toBe(lang);
  });

  test("says nothing about a text too short to tell", () => {
    expect(detectLanguage(["The end."])).toBeUndefined();
  });
});
