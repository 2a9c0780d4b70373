import { describe, expect, test } from "vitest";
import { recommendationCues } from "../../src/claims/recommendation.ts";
import { viewSentence } from "../../src/claims/sentence-view.ts";

const cues = (text: string): string[] => recommendationCues(viewSentence(text), false);

describe("recommendationCues", () => {
  test("reads an impersonal proposal as a proposal", () => {
    expect(cues("It is proposed that the fee be waived for pensioners.")).toEqual(["proposal:it is proposed"]);
  });

  test("reads what is needed as prescriptive", () => {
    expect(cues("New bridges are needed to carry the traffic.")).toEqual(["prescriptive:are needed to"]);
  });
});
