import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { parseEssay } from "../../src/parse-essay.ts";
import type { EssayFormat } from "../../src/types.ts";

const fixture = (name: string): Buffer => readFileSync(new URL(`../fixtures/language/${name}`, import.meta.url));

describe.each<[string, EssayFormat, string]>([
  ["tramway-de-quartier.txt", "text", "fr"],
  ["stadtbahn.md", "markdown", "de"],
])("%s", (file, format, lang) => {
  const essay = parseEssay(fixture(file), { slug: "fixture", format });

  test(`is read as ${lang}`, () => {
    expect(essay.lang).toBe(lang);
  });

  test("still has its sentences, but no English claim kinds", () => {
    expect(essay.paragraphs.every((paragraph) => paragraph.sentences.length > 0)).toBe(true);
    expect(essay.paragraphs.flatMap((paragraph) => paragraph.claims)).toEqual([]);
  });

  test("indexes no pronoun, article or sentence opener as a name", () => {
    const names = essay.entities.map((entity) => entity.name);
    for (const junk of [
      "Die",
      "Sie",
      "Ihr",
      "Ihr Projekt",
      "Das",
      "Dort",
      "C'est",
      "Ça",
      "Le",
      "La",
      "Il",
      "Elle",
      "Une",
      "Ici",
    ]) {
      expect(names).not.toContain(junk);
    }
  });

  test("types the cities it names as places", () => {
    const places = essay.entities.filter((entity) => entity.type === "place").map((entity) => entity.name);
    expect(places.length).toBeGreaterThan(0);
  });

  test("gives no headline warning", () => {
    expect(essay.diagnostics.filter((diagnostic) => diagnostic.code === "headline-body-mismatch")).toEqual([]);
  });
});
