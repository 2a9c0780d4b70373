import { describe, expect, test } from "vitest";
import { fitTitle, TITLE_LIMIT } from "../src/lib/page-title.ts";

describe("fitTitle", () => {
  test.each([
    ["Scholia", "Scholia"],
    ["Search", "Search · Scholia"],
    ["Claims in “On Talks”", "Claims in “On Talks” · Scholia"],
  ])("keeps the short title %s whole", (title, expected) => {
    expect(fitTitle(title)).toBe(expected);
  });

  test("shortens a long title with an ellipsis so the whole fits in 70 characters", () => {
    const fitted = fitTitle("Claims in “A Cease-Fire Deal Now Would Be a Victory for Israel”");
    expect(fitted.length).toBeLessThanOrEqual(TITLE_LIMIT);
    expect(fitted).toMatch(/^Claims in “A Cease-Fire Deal.*… · Scholia$/);
  });

  test("never cuts an emoji in half", () => {
    const fitted = fitTitle("🇺🇦".repeat(60));
    expect(fitted.length).toBeLessThanOrEqual(TITLE_LIMIT);
    expect(fitted).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/u);
  });
});
