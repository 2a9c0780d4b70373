import { describe, expect, test } from "vitest";
import { paragraphId } from "../../src/ids.ts";
import { anchorQuote } from "../../src/notes/quote-anchor.ts";
import type { TextQuoteSelector } from "../../src/types.ts";

const paragraphs = [
  "It is time to begin to build those channels. And all parties should signal their openness.",
  "Signals are unilateral actions. Such signals are useful when channels are closed.",
  "Kyiv could soften the September 2022 presidential decree.",
].map((text, i) => ({ id: paragraphId(i + 1), text }));

const quote = (exact: string, context: Partial<TextQuoteSelector> = {}): TextQuoteSelector => ({
  type: "TextQuoteSelector",
  exact,
  ...context,
});

describe("anchorQuote", () => {
  test("anchors an exact quote to its paragraph and offsets", () => {
    expect(anchorQuote(paragraphs, quote("the September 2022 presidential decree"))).toEqual({
      paragraphId: "p3",
      start: 18,
      end: 56,
      fuzzy: false,
      text: "the September 2022 presidential decree",
    });
  });

  test("uses the prefix to choose between two places with the same words", () => {
    const result = anchorQuote(paragraphs, quote("channels", { prefix: "when " }));
    expect(result).toMatchObject({ paragraphId: "p2", fuzzy: false });
  });

  test("reports a quote that occurs twice without context as ambiguous, naming both places", () => {
    const result = anchorQuote(paragraphs, quote("channels"));
    expect(result).toEqual({
      problem: "ambiguous",
      candidates: [
        { paragraphId: "p1", text: "channels" },
        { paragraphId: "p2", text: "channels" },
      ],
    });
  });

  test("re-anchors a quote whose words changed a little, marking it fuzzy", () => {
    const result = anchorQuote(paragraphs, quote("the Sept. 2022 presidential decree"));
    expect(result).toMatchObject({ paragraphId: "p3", fuzzy: true });
    expect("text" in result && result.text).toContain("2022 presidential decree");
  });

  test("reports a quote that matches nowhere with the closest passage", () => {
    const result = anchorQuote(paragraphs, quote("a cease-fire deal with Netanyahu"));
    expect(result).toMatchObject({ problem: "missing" });
    expect("candidates" in result && result.candidates).toHaveLength(1);
  });

  test("never anchors a quote across two paragraphs", () => {
    const result = anchorQuote(paragraphs, quote("their openness.\n\nSignals are"));
    expect(result).toMatchObject({ problem: "missing" });
  });
});
