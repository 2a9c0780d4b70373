import { describe, expect, test } from "vitest";
import { attributionCues } from "../../src/claims/attribution.ts";
import { viewSentence } from "../../src/claims/sentence-view.ts";

const cues = (text: string): string[] => attributionCues(viewSentence(text));

describe("attributionCues", () => {
  test("marks a report that names nobody in particular as impersonal", () => {
    expect(cues("It is alleged that the tolls were never collected.")).toEqual([
      "reporting-verb:alleged",
      "impersonal:it is alleged",
      "that-clause:alleged that",
    ]);
  });

  test("marks a view held by another party", () => {
    expect(cues("Many shopkeepers fear that the lanes will drive customers away.")).toContain(
      "other-party:many shopkeepers",
    );
  });

  test("gives the author's own belief no report at all", () => {
    expect(cues("I believe that the lanes will help.")).toEqual([]);
  });
});
