import { describe, expect, test } from "vitest";
import { TextBuilder } from "../../src/inline/text-builder.ts";

describe("TextBuilder", () => {
  test("folds whitespace like the text-only model and keeps marks true", () => {
    const out = new TextBuilder();
    out.text("  one \n ");
    const start = out.offset;
    out.text(" two  ");
    out.span("strong", start);
    out.text("\tthree ");
    const { text, marks } = out.finish();
    expect(text).toBe("one two three");
    expect(marks).toEqual([{ type: "strong", start: 4, end: 8 }]);
    expect(text.slice(4, 7)).toBe("two");
  });

  test("drops empty spans, clamps marks to the trimmed text and sorts outer marks first", () => {
    const out = new TextBuilder();
    out.span("emphasis", out.offset);
    out.text("ab ");
    out.span("code", 0);
    out.span("strong", 1);
    const { marks } = out.finish();
    expect(marks).toEqual([
      { type: "code", start: 0, end: 2 },
      { type: "strong", start: 1, end: 2 },
    ]);
  });

  test("puts a line break on the space that stands for it, never at either end", () => {
    const out = new TextBuilder();
    out.lineBreak();
    out.text("a");
    out.lineBreak();
    out.text("b");
    out.lineBreak();
    expect(out.finish()).toEqual({ text: "a b", marks: [{ type: "break", start: 1, end: 1 }] });
  });

  test("places a footnote reference right after the word it follows", () => {
    const out = new TextBuilder();
    out.text("word ");
    out.footnoteRef("x");
    expect(out.finish().marks).toEqual([{ type: "footnote-ref", start: 4, end: 4, footnote: "x" }]);
  });
});
