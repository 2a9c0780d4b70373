import { describe, expect, test } from "vitest";
import { paragraphId } from "../../src/ids.ts";
import { anchorQuote } from "../../src/notes/quote-anchor.ts";
import type { TextQuoteSelector } from "../../src/types.ts";

const paragraphs = [
  "It is time to begin to build those channels. And all parties should signal their openness.",
  "Signals are unilateral actions. Such signals are useful when channels are closed.",
  "Kyiv could soften the September 2022 presidential decree.",
].map((text, i) => ({ id: paragraphId(i + 1), text }));

// Two paragraphs that open with the same words.
const rivers = [
  "The river rose in the spring and the town was flooded.",
  "The river rose in the autumn and the mill was flooded.",
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

  test("uses the suffix to choose between two places with the same words", () => {
    const result = anchorQuote(rivers, quote("river rose", { suffix: " in the autumn" }));
    expect(result).toEqual({ paragraphId: "p2", start: 4, end: 14, fuzzy: false, text: "river rose" });
  });

  test("lets the prefix and suffix choose between two approximate matches", () => {
    expect(anchorQuote(rivers, quote("river rosa in the", { suffix: " autumn and" }))).toEqual({
      paragraphId: "p2",
      start: 4,
      end: 21,
      fuzzy: true,
      text: "river rose in the",
    });
    expect(anchorQuote(rivers, quote("river rosa in the", { prefix: "The ", suffix: " spring" }))).toMatchObject({
      paragraphId: "p1",
      fuzzy: true,
    });
  });

  test("reports two equally close approximate matches as ambiguous, naming both", () => {
    expect(anchorQuote(rivers, quote("river rosa in the"))).toEqual({
      problem: "ambiguous",
      candidates: [
        { paragraphId: "p1", text: "river rose in the" },
        { paragraphId: "p2", text: "river rose in the" },
      ],
    });
  });

  test("reports a quote as missing, with nothing to offer, in an essay without text", () => {
    expect(anchorQuote([{ id: paragraphId(1), text: "" }], quote("anything at all"))).toEqual({
      problem: "missing",
      candidates: [],
    });
  });

  test("never anchors a quote across two paragraphs", () => {
    const result = anchorQuote(paragraphs, quote("their openness.\n\nSignals are"));
    expect(result).toMatchObject({ problem: "missing" });
  });
});
