import type { ParagraphId } from "@scholia/essay";
import { describe, expect, test } from "vitest";
import { crossRefItems, marginThresholds, similarPassages, thinElsewhere } from "../src/lib/cross-ref-view.ts";
import { bundled } from "./fixtures.ts";

const id = (n: number) => `p${n}` as ParagraphId;

describe("marginThresholds", () => {
  test("is the score of the strongest fifth of each automatic reason's links", () => {
    const thresholds = marginThresholds(bundled);
    for (const reason of ["lexical", "shared-actors"] as const) {
      const scores = bundled.crossRefs.filter((ref) => ref.reason === reason).map((ref) => ref.score);
      if (scores.length === 0) continue;
      const above = scores.filter((score) => score >= (thresholds.get(reason) ?? 0)).length;
      expect(above).toBeGreaterThanOrEqual(Math.ceil(scores.length / 5));
      expect(Math.min(...scores.filter((score) => score >= (thresholds.get(reason) ?? 0)))).toBe(
        thresholds.get(reason),
      );
    }
  });
});

describe("crossRefItems", () => {
  test("shows a “compare” link only at or above the measured threshold", () => {
    const thresholds = marginThresholds(bundled);
    const items = crossRefItems(bundled);
    for (const [at, list] of items) {
      for (const item of list.filter((each) => each.label === "compare")) {
        const ref = bundled.crossRefs.find(
          (each) =>
            each.reason === item.reason &&
            ((each.from === at && each.to === item.other) || (each.to === at && each.from === item.other)),
        );
        expect(ref?.score).toBeGreaterThanOrEqual(thresholds.get(item.reason) ?? 0);
      }
    }
  });

  test("leaves most paragraphs without a “compare” link in the margin", () => {
    const compared = [...crossRefItems(bundled).values()].filter((list) =>
      list.some((item) => item.label === "compare"),
    );
    expect(compared.length).toBeLessThanOrEqual(bundled.paragraphs.length / 2);
  });
});

describe("similarPassages", () => {
  test("groups the links the margins leave out, by paragraph in order, never repeating a margin link", () => {
    const items = crossRefItems(bundled);
    const grouped = similarPassages(bundled, items);
    const order = [...grouped.keys()].map((key) => Number(key.slice(1)));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    for (const [at, others] of grouped) {
      expect(others.length).toBeLessThanOrEqual(3);
      for (const other of others) expect(items.get(at)?.some((item) => item.other === other)).toBe(false);
    }
  });
});

describe("thinElsewhere", () => {
  test("keeps one strong link a paragraph for the margin and groups the rest", () => {
    const links = new Map([
      [id(1), [{ score: 0.9 }, { score: 0.8 }]],
      [id(2), [{ score: 0.1 }]],
      [id(3), [{ score: 0.2 }, { score: 0.3 }, { score: 0.95 }]],
    ]);
    const { shown, rest } = thinElsewhere(links, 0.4);
    expect([...shown].map(([at, list]) => [at, list.map((link) => link.score)])).toEqual([
      ["p1", [0.9]],
      ["p3", [0.95]],
    ]);
    expect(rest.get(id(1))?.map((link) => link.score)).toEqual([0.8]);
    expect(rest.get(id(2))?.map((link) => link.score)).toEqual([0.1]);
  });
});
