import { describe, expect, test } from "vitest";
import {
  claimId,
  isClaimId,
  isEssaySlug,
  isParagraphId,
  paragraphId,
  paragraphNumber,
  toEssaySlug,
} from "../src/ids.ts";

describe("id guards", () => {
  test.each([
    ["p1", true],
    ["p12", true],
    ["p0", false],
    ["p01", false],
    ["P1", false],
    ["p1.s1", false],
    ["", false],
    [12, false],
  ])("isParagraphId(%j) is %s", (value, expected) => {
    expect(isParagraphId(value)).toBe(expected);
  });

  test.each([
    ["p1.s1", true],
    ["p12.s30", true],
    ["p1.s0", false],
    ["p1", false],
    ["p1.s1.x", false],
    [null, false],
  ])("isClaimId(%j) is %s", (value, expected) => {
    expect(isClaimId(value)).toBe(expected);
  });

  test.each([
    ["talking-about-talking", true],
    ["1848-manifesto", true],
    ["-leading-hyphen", false],
    ["Upper-Case", false],
    ["with space", false],
    ["ünïcode", false],
    [undefined, false],
  ])("isEssaySlug(%j) is %s", (value, expected) => {
    expect(isEssaySlug(value)).toBe(expected);
  });
});

describe("id builders", () => {
  test("number paragraphs and their sentences from 1", () => {
    expect(paragraphId(1)).toBe("p1");
    expect(claimId(paragraphId(7), 3)).toBe("p7.s3");
  });

  test.each([0, -1, 1.5, Number.NaN])("paragraphId(%s) throws a TypeError naming the number", (index) => {
    expect(() => paragraphId(index)).toThrow(new TypeError(`paragraphId() takes a whole number from 1, not ${index}`));
  });

  test.each([0, 2.5])("claimId() throws a TypeError naming the sentence number %s", (sentence) => {
    expect(() => claimId(paragraphId(1), sentence)).toThrow(
      new TypeError(`claimId() takes a sentence number from 1, not ${sentence}`),
    );
  });

  test("toEssaySlug brands a valid slug and names an invalid one with what to use", () => {
    expect(toEssaySlug("on-liberty")).toBe("on-liberty");
    expect(() => toEssaySlug("On Liberty")).toThrow(
      new TypeError('"On Liberty" is not a valid essay slug: use lower-case letters, digits and hyphens'),
    );
  });
});

describe("paragraphNumber", () => {
  test.each([1, 12, 761])("reads %i back from its paragraph id", (n) => {
    expect(paragraphNumber(paragraphId(n))).toBe(n);
  });
});
