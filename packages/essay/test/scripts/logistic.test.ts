import { describe, expect, test } from "vitest";
import { scoreExample, trainLogistic } from "../../scripts/claims/logistic.ts";
import { scoreCalls } from "../../scripts/eval/confusion.ts";

describe("trainLogistic", () => {
  const examples = Array.from({ length: 60 }, (_, i) => ({
    features: [i % 3 === 0 ? "a" : i % 3 === 1 ? "b" : "c", `noise${i % 7}`],
    label: i % 3,
  }));

  test("learns a separable problem", () => {
    const model = trainLogistic(examples, 3, { minCount: 1 });
    const predicted = examples.map((example) => {
      const scores = scoreExample(model, example.features);
      return scores.indexOf(Math.max(...scores));
    });
    expect(predicted).toEqual(examples.map((example) => example.label));
  });

  test("gives the same weights for the same data", () => {
    expect(trainLogistic(examples, 3).weights).toEqual(trainLogistic(examples, 3).weights);
  });

  test("orders the examples by its seed, so another seed gives other weights", () => {
    const noisy = examples.map((example, i) => ({
      ...example,
      label: i % 5 === 0 ? (example.label + 1) % 3 : example.label,
    }));
    const a = trainLogistic(noisy, 3, { seed: 1 }).weights;
    expect(trainLogistic(noisy, 3, { seed: 1 }).weights).toEqual(a);
    expect(trainLogistic(noisy, 3, { seed: 2 }).weights).not.toEqual(a);
  });

  test("starts from a prior and keeps it for a feature the data never shows", () => {
    const model = trainLogistic(examples, 3, { prior: new Map([["unseen", [0, 2, 0]]]) });
    expect(model.weights.get("unseen")).toEqual([0, 2, 0]);
  });
});

describe("scoreCalls", () => {
  test("computes per-kind F1, accuracy and Cohen's kappa", () => {
    const pairs = [
      { gold: "evidence", predicted: "evidence" },
      { gold: "evidence", predicted: "assessment" },
      { gold: "assessment", predicted: "assessment" },
      { gold: "assessment", predicted: "assessment" },
    ];
    const scores = scoreCalls(pairs, ["evidence", "assessment"]);
    expect(scores.accuracy).toBe(0.75);
    expect(scores.kinds[0]?.f1).toBeCloseTo(2 / 3);
    // Observed 0.75, chance 0.5 × 0.25 + 0.5 × 0.75 = 0.5.
    expect(scores.kappa).toBeCloseTo(0.5);
  });
});
