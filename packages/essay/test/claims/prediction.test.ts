import { describe, expect, test } from "vitest";
import { predictionCues } from "../../src/claims/prediction.ts";
import { viewSentence } from "../../src/claims/sentence-view.ts";

const cues = (text: string): string[] => predictionCues(viewSentence(text));

describe("predictionCues", () => {
  test("reads the author's expectation as a forecast", () => {
    expect(cues("We expect rents to fall next year.")).toEqual(["likely:we expect"]);
  });

  test("reads a modal with a verb of effect as a forecast", () => {
    expect(cues("Cheaper fares could help the night buses.")).toEqual(["modal:could help"]);
  });

  test("leaves a modal of ability alone", () => {
    expect(cues("Anyone could read the map.")).toEqual([]);
  });
});
