import { describe, expect, it } from "vitest";
import { type ClaimWeights, classify } from "../../src/claims/claim-model.ts";

// A two-kind toy model: every feature named here favours "recommendation".
const model: ClaimWeights = {
  kinds: ["recommendation", "assessment"],
  bias: [0, 0],
  weights: {
    "head:mend": [2, 0],
    "head:mend the": [1.5, 0],
    "rule:ought:imperative": [3, 0],
    "list-item": [0.8, 0],
    "block-quote": [0.7, 0],
    "rule:fact:block-quote": [0.6, 0],
    short: [0.5, 0],
  },
  thesis: { bias: 0, weights: {} },
  trainedOn: { sentences: 0, essays: 0 },
};

describe("classify", () => {
  it("names the strongest features as cues, at most three", () => {
    const { kind, cues } = classify(
      [
        { name: "rule:ought:imperative", detail: "mend" },
        { name: "list-item", detail: "" },
        { name: "short", detail: "" },
        { name: "head:mend", detail: "mend" },
      ],
      model,
    );
    expect(kind).toBe("recommendation");
    expect(cues).toEqual(['a command: "mend"', 'the main clause opens with "mend"', "a list item"]);
  });

  it("shows the opening word and the opening two words as one cue, the stronger", () => {
    const { cues } = classify(
      [
        { name: "rule:ought:imperative", detail: "mend" },
        { name: "head:mend", detail: "mend" },
        { name: "head:mend the", detail: "mend the" },
        { name: "list-item", detail: "" },
      ],
      model,
    );
    expect(cues).toEqual(['a command: "mend"', 'the main clause opens with "mend"', "a list item"]);
  });

  it("shows two features that read alike to a reader as one cue", () => {
    const { cues } = classify(
      [
        { name: "block-quote", detail: "" },
        { name: "rule:fact:block-quote", detail: "" },
        { name: "short", detail: "" },
      ],
      model,
    );
    expect(cues).toEqual(["quoted as a block", "a short sentence"]);
  });
});
