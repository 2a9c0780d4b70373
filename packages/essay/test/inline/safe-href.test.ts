import { describe, expect, test } from "vitest";
import { safeHref, safeSrc } from "../../src/inline/safe-href.ts";

describe("safeHref", () => {
  test.each([
    ["https://x.org/a", "https://x.org/a"],
    ["mailto:a@b.org", "mailto:a@b.org"],
    ["#section", "#section"],
    ["../other.html", "../other.html"],
    ["javascript:alert(1)", undefined],
    ["JavaScript:alert(1)", undefined],
    [" java\tscript:alert(1)", undefined],
    ["data:text/html,x", undefined],
    ["vbscript:x", undefined],
  ])("%s → %s", (href, expected) => {
    expect(safeHref(href)).toBe(expected);
  });

  test("allows only http(s) and relative image sources", () => {
    expect(safeSrc("img/a.png")).toBe("img/a.png");
    expect(safeSrc("mailto:a@b.org")).toBeUndefined();
  });
});
