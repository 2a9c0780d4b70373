import { describe, expect, test } from "vitest";
import { addLowerCaseWords, findEntities } from "../src/entities/find-entities.ts";
import { paragraphId } from "../src/ids.ts";
import { splitSentences } from "../src/sentences.ts";
import type { Entity } from "../src/types.ts";

const entitiesOf = (...texts: string[]): Entity[] =>
  findEntities(texts.map((text, i) => ({ id: paragraphId(i + 1), text, sentences: splitSentences(text) })));

const named = (entities: readonly Entity[], name: string): Entity | undefined =>
  entities.find((entity) => entity.name === name);

describe("findEntities", () => {
  test("merges a full name, a surname and an initialled name, and strips the title", () => {
    const entities = entitiesOf(
      "French President Emmanuel Macron spoke in Paris.",
      "Critics doubt Macron’s plan. A decree signed by E. Macron followed.",
    );
    const person = named(entities, "Emmanuel Macron");
    expect(person?.type).toBe("person");
    expect(person?.aliases).toEqual(["E. Macron", "Macron"]);
    expect(person?.mentions).toHaveLength(3);
    expect(entities.some((entity) => entity.name.includes("President"))).toBe(false);
  });

  test("gives mentions as offsets into the paragraph text", () => {
    const text = "Talks in Geneva stalled. Geneva then hosted a second round.";
    const geneva = named(entitiesOf(text), "Geneva");
    expect(geneva?.mentions.map((mention) => text.slice(mention.start, mention.end))).toEqual(["Geneva", "Geneva"]);
  });

  test("keeps a capital, its country and its government's seat distinct", () => {
    const entities = entitiesOf("London and Britain disagree; the White House is silent.");
    expect(named(entities, "London")?.type).toBe("place");
    expect(named(entities, "United Kingdom")?.aliases).toContain("Britain");
    expect(named(entities, "White House")?.type).toBe("organisation");
  });

  test.each([
    ["The European Union met. Later the EU agreed.", "European Union", "organisation"],
    ["Prices fell in March 2020 and again in the 1990s.", "March 2020", "date"],
    ["Prices fell in the 1990s.", "1990s", "date"],
    ["The Bank of England raised rates.", "Bank of England", "organisation"],
    ["Delegates sailed up the Hudson River.", "Hudson River", "place"],
    ["The Treaty of Paris ended the war.", "Treaty of Paris", "other"],
    ["Mr. Hamilton replied at once.", "Hamilton", "person"],
    ["A column in The Economist disagreed.", "The Economist", "organisation"],
    ["Protests spread from Santiago to Lima.", "Santiago", "place"],
  ])("finds in “%s” the entity %s (%s)", (text, name, type) => {
    expect(named(entitiesOf(text), name)?.type).toBe(type);
  });

  test("never runs a name across a sentence boundary", () => {
    const entities = entitiesOf("The delegates left Vienna. Delegates from Ottawa stayed.");
    expect(entities.map((entity) => entity.name).sort()).toEqual(["Ottawa", "Vienna"]);
  });

  test.each([
    ["Adjusting Western policy would help."],
    ["Mutual suspicion runs deep."],
    ["Ukrainian and Polish farmers protested."],
    ["“We will not yield,” she said."],
  ])("finds no entity in “%s”", (text) => {
    expect(entitiesOf(text)).toEqual([]);
  });

  test("merges a surname into the full name the essay introduced", () => {
    const entities = entitiesOf(
      "John Stuart Mill wrote the book in 1859.",
      "Later, Mill defended it against his critics.",
    );
    expect(named(entities, "John Stuart Mill")?.mentions).toHaveLength(2);
    expect(named(entities, "Mill")).toBeUndefined();
  });

  test("keeps a country after a title as the country (“the President of France”)", () => {
    expect(named(entitiesOf("She met the President of France in May."), "France")?.type).toBe("place");
  });

  test("lets a person named in full outrank a town of the same name", () => {
    const entities = entitiesOf("Alexander Hamilton wrote the paper.", "Hamilton was right about the courts.");
    expect(named(entities, "Alexander Hamilton")?.aliases).toContain("Hamilton");
  });

  test.each([
    ["treats roman numerals as no names", "We read Part II and Chapter XIV twice, and then the parts XI and XII."],
    [
      "treats a capital seen only at sentence starts as an ordinary word",
      "Seldom has a law changed so much. Seldom has it been so loved.",
    ],
    ["never indexes pronouns and function words", "They said so. It was late. We left. Those who stayed were few."],
  ])("%s", (_, text) => {
    const names = entitiesOf(text).map((entity) => entity.name);
    for (const junk of ["II", "XIV", "XI", "XII", "Seldom", "They", "It", "We", "Those"])
      expect(names).not.toContain(junk);
  });

  test("types capitals and countries from the gazetteer package as places", () => {
    const entities = entitiesOf("Delegates flew from Canberra to Ouagadougou, then on to Burkina Faso.");
    expect(["Canberra", "Ouagadougou", "Burkina Faso"].map((name) => named(entities, name)?.type)).toEqual([
      "place",
      "place",
      "place",
    ]);
  });
});

describe("addLowerCaseWords", () => {
  test("adds what /\\b[a-z]{2,}/g matches: ASCII runs of two or more that start a word", () => {
    const found = new Set<string>();
    addLowerCaseWords("The caféteria, 3rd x_ray and ab-cd; a Mid-town iOS.", found);
    expect([...found]).toEqual(["caf", "teria", "and", "ab", "cd", "town"]);
  });
});
