import { describe, expect, test } from "vitest";
import { pickTheses, thesisFeatures } from "../../src/claims/thesis.ts";

const input = (text: string, names: string[] = [], centrality = 0.5) => ({
  text,
  features: names.map((name) => ({ name, detail: "" })),
  position: 0.5,
  lastParagraph: false,
  centrality,
  headlineOverlap: 0,
});

describe("thesisFeatures", () => {
  test("keeps the cue family, not the single cue", () => {
    const found = thesisFeatures(input("The council should act.", ["rule:ought:modal", "rule:ought:prescriptive"]));
    expect(found.filter((name) => name.startsWith("rule:"))).toEqual(["rule:ought"]);
  });

  test("buckets the centrality rank finely at the top", () => {
    expect(thesisFeatures(input("A.", [], 0))).toContain("central:0");
    expect(thesisFeatures(input("A.", [], 0.03))).toContain("central:1");
    expect(thesisFeatures(input("A.", [], 0.9))).toContain("central:5");
  });

  test("marks explicit thesis phrases", () => {
    expect(thesisFeatures(input("My core point today is this: buses matter."))).toContain("explicit");
    expect(thesisFeatures(input("This proposal recommends a new depot."))).toContain("explicit");
    expect(thesisFeatures(input("The buses were late."))).not.toContain("explicit");
  });
});

describe("pickTheses", () => {
  test("always flags the most likely sentence and at most two more above the threshold", () => {
    expect([...pickTheses([0.1, 0.3, 0.2])]).toEqual([1]);
    expect([...pickTheses([0.85, 0.99, 0.2, 0.97])].sort()).toEqual([0, 1, 3]);
    expect(pickTheses([0.95, 0.99, 0.92, 0.97]).size).toBe(3);
    expect([...pickTheses([0.5, 0.66, 0.7], 0.65)].sort()).toEqual([1, 2]);
  });
});
