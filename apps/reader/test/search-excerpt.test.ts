import { describe, expect, test } from "vitest";
import { escapeText } from "../src/integrations/search-records.ts";
import { excerptParts } from "../src/scripts/search-excerpt.ts";

describe("excerptParts", () => {
  test("splits Pagefind's <mark> runs from plain text", () => {
    expect(excerptParts("the <mark>decree</mark> applies")).toEqual([
      { text: "the ", marked: false },
      { text: "decree", marked: true },
      { text: " applies", marked: false },
    ]);
  });

  test.each([
    `<script>alert(1)</script> and <img src=x onerror=alert(2)>`,
    `&amp; &lt;b&gt; written literally`,
    `a fake <mark>mark</mark> in the essay`,
  ])("gives back essay text %j exactly, as text", (text) => {
    const parts = excerptParts(escapeText(text));
    expect(parts.map((part) => part.text).join("")).toBe(text);
    expect(parts.every((part) => !part.marked)).toBe(true);
  });

  test("keeps a marked word that contains escaped markup as text", () => {
    expect(excerptParts(`<mark>${escapeText("<b>bold</b>")}</mark>`)).toEqual([{ text: "<b>bold</b>", marked: true }]);
  });
});
