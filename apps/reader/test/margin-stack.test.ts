import { describe, expect, test } from "vitest";
import { type MarginItem, type MarginSide, stackMargin } from "../src/scripts/margin-stack.ts";

const options = { gap: 8, maxDrift: 100, clampHeight: 40, sides: ["left", "right"] as MarginSide[] };
const item = (anchor: number, height: number, more: Partial<MarginItem> = {}): MarginItem => ({
  anchor,
  height,
  side: "right",
  clampable: false,
  ...more,
});

describe("stackMargin", () => {
  test("puts items that do not collide at their lines", () => {
    expect(stackMargin([item(0, 20), item(100, 20)], options).map((place) => place.top)).toEqual([0, 100]);
  });

  test("pushes an item down only as far as the previous one needs", () => {
    expect(stackMargin([item(0, 50), item(10, 20)], options).map((place) => place.top)).toEqual([0, 58]);
  });

  test("keeps the two margins apart: a link on the left does not push a note on the right", () => {
    const places = stackMargin([item(0, 80, { side: "left" }), item(10, 20)], options);
    expect(places.map((place) => [place.side, place.top])).toEqual([
      ["left", 0],
      ["right", 10],
    ]);
  });

  test("never lets two items of one margin overlap, nor drift too far, whatever the input", () => {
    const items = Array.from({ length: 300 }, (_, i) =>
      item(i * 11, 10 + ((i * 53) % 120), {
        side: i % 4 === 0 ? "left" : "right",
        clampable: i % 3 === 0,
        ...(i % 2 === 0 && { otherHeight: 20 + ((i * 29) % 150) }),
      }),
    );
    const places = stackMargin(items, options);
    const bottoms: Record<MarginSide, number> = { left: Number.NEGATIVE_INFINITY, right: Number.NEGATIVE_INFINITY };
    const heights = places.map((place, i) => {
      const source = items[i] as MarginItem;
      return place.side === source.side ? source.height : (source.otherHeight ?? 0);
    });
    let previous: Record<MarginSide, number> = { left: -1, right: -1 };
    places.forEach((place, i) => {
      if (place.folded) return;
      expect(place.top - (items[i]?.anchor ?? 0)).toBeLessThanOrEqual(options.maxDrift);
      const before = previous[place.side];
      if (before >= 0) {
        const height = places[before]?.clamped ? options.clampHeight : (heights[before] ?? 0);
        expect(place.top).toBeGreaterThanOrEqual((places[before]?.top ?? 0) + height + options.gap);
      }
      bottoms[place.side] = place.top;
      previous = { ...previous, [place.side]: i };
    });
  });

  test("cuts a long note short when it would push the next item", () => {
    const places = stackMargin([item(0, 200, { clampable: true }), item(30, 20)], options);
    expect(places[0]?.clamped).toBe(true);
    expect(places[1]?.top).toBe(48);
    const nudged = stackMargin([item(0, 70, { clampable: true }), item(60, 20)], options);
    expect(nudged[0]?.clamped).toBe(false);
    expect(nudged[1]?.top).toBe(78);
  });

  test("leaves a long note whole when nothing follows close by", () => {
    expect(stackMargin([item(0, 200, { clampable: true }), item(400, 20)], options)[0]?.clamped).toBe(false);
  });

  test("moves a note to the other margin when its own is full and the other has room", () => {
    const places = stackMargin([item(0, 300), item(10, 20, { otherHeight: 30 })], options);
    expect(places[1]).toEqual({ side: "left", top: 10, clamped: false, folded: false });
  });

  test("folds an item back into the text when no margin has room near its line", () => {
    const places = stackMargin([item(0, 300), item(10, 20), item(400, 20)], options);
    expect(places.map((place) => place.folded)).toEqual([false, true, false]);
    expect(places[2]?.top).toBe(400);
    const one = stackMargin([item(0, 300), item(10, 20, { otherHeight: 20 })], { ...options, sides: ["right"] });
    expect(one[1]?.folded).toBe(true);
  });
});
