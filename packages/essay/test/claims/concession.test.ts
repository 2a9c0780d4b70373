import { describe, expect, test } from "vitest";
import { concessionCues } from "../../src/claims/concession.ts";
import { viewSentence } from "../../src/claims/sentence-view.ts";

const cues = (text: string): string[] => concessionCues(viewSentence(text));

describe("concessionCues", () => {
  test.each([
    ["The old depot, it is true, had its charm.", "concessive:, it is true ,"],
    ["That’s not to say the plan is hopeless.", "concessive:that's not to say"],
    ["There’s wisdom in this worry.", "concessive:there's wisdom in"],
    ["The cost of delay cannot be denied.", "concessive:cannot be denied"],
    ["Yes, the pilot was small.", "concessive:yes ,"],
    ["It is a fair question.", "concessive:a fair question"],
  ])("grants a point in “%s”", (text, cue) => {
    expect(cues(text)).toEqual([cue]);
  });

  test("finds nothing in a plain assertion", () => {
    expect(cues("The depot closed because the roof leaked.")).toEqual([]);
  });
});
