import { describe, expect, test } from "vitest";
import { detectLanguage, isEnglish } from "../../src/language/detect-language.ts";

describe("detectLanguage", () => {
  test("takes the declared language first", () => {
    expect(detectLanguage("fr-FR", ["This paragraph is plainly written in English, whatever the header says."])).toBe(
      "fr-FR",
    );
  });

  test.each([
    [
      "fr",
      "Le conseil municipal a voté hier soir une nouvelle taxe sur les résidences secondaires de la ville. Les propriétaires ont protesté.",
    ],
    [
      "de",
      "Der Gemeinderat hat gestern Abend eine neue Steuer auf Zweitwohnungen in der ganzen Stadt beschlossen. Die Eigentümer protestieren.",
    ],
    [
      "en",
      "The city council voted last night for a new tax on second homes across the whole of the town. The owners protested.",
    ],
  ])("recognises %s from the body when nothing is declared", (lang, text) => {
    expect(detectLanguage(undefined, [text])).toBe(lang);
  });

  test("ignores a declared tag that is not BCP 47 and falls back to the text", () => {
    expect(
      detectLanguage("not a language!", [
        "Le conseil municipal a voté hier soir une nouvelle taxe sur les résidences secondaires de la ville. Les propriétaires ont protesté.",
      ]),
    ).toBe("fr");
  });

  test("reads a text too short to tell (under 100 letters) as English", () => {
    expect(detectLanguage(undefined, ["Le conseil a voté une taxe."])).toBe("en");
  });

  test("treats every English variant, and nothing else, as English", () => {
    expect([isEnglish("en"), isEnglish("en-GB"), isEnglish("fr"), isEnglish("de-CH")]).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });
});
