import { describe, expect, test } from "vitest";
import type { Row } from "../../scripts/claims/dataset.ts";
import { KIND_OPTIONS } from "../../scripts/claims/fit.ts";
import { compareOptions } from "../../scripts/claims/tune-options.ts";

// Four made-up essays in which "should" marks a recommendation and "found" a piece of evidence.
const rows: Row[] = Array.from({ length: 4 }, (_, essay) =>
  Array.from({ length: 12 }, (_, i): Row => {
    const kind = i % 3 === 0 ? "recommendation" : i % 3 === 1 ? "evidence" : "assessment";
    const cue = kind === "recommendation" ? "modal:should" : kind === "evidence" ? "past:found" : "present";
    return {
      file: `essay-${essay}`,
      genre: "made up",
      id: `p${i + 1}.s1`,
      kind,
      thesis: i === 0,
      features: [cue, `head:word${(i + essay) % 5}`],
      thesisFeatures: [],
    };
  }),
).flat();

describe("compareOptions", () => {
  test("scores each setting by cross-validation over several seeds", () => {
    const [learnt, starved] = compareOptions(
      rows,
      [
        ["shipped", KIND_OPTIONS],
        ["no feature kept", { ...KIND_OPTIONS, minCount: 1000 }],
      ],
      2,
    );
    expect(learnt?.label).toBe("shipped");
    expect(learnt?.min).toBeLessThanOrEqual(learnt?.macroF1 ?? 0);
    expect(learnt?.max).toBeGreaterThanOrEqual(learnt?.macroF1 ?? 1);
    // Three of the six kinds occur, each told apart by its cue: half of the six F1s are 1.
    expect(learnt?.macroF1).toBeCloseTo(0.5);
    expect(learnt?.accuracy).toBe(1);
    expect(starved?.macroF1).toBeLessThan(learnt?.macroF1 ?? 0);
  });
});
