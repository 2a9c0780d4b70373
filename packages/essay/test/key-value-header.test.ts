import { describe, expect, test } from "vitest";
import { splitKeyValueHeader } from "../src/key-value-header.ts";

describe("splitKeyValueHeader", () => {
  test("reads a Pelican header, taking the publication date before the file date", () => {
    const split = splitKeyValueHeader(
      "PubDate: 1776-12-23\nSlug: works/x\nTitle: The Crisis\nDate: Mon Aug 4 2014\n\n   Body.",
    );
    expect(split?.data).toEqual({ title: "The Crisis", date: "1776-12-23" });
    expect(split?.body).toBe("\n   Body.");
    expect(split?.bodyLine).toBe(5);
  });

  test("reads Franklin @def lines", () => {
    const split = splitKeyValueHeader('@def title = "On Types"\n@def authors = "By A. One"\n\nBody.');
    expect(split?.data).toMatchObject({ title: "On Types", author: "A. One" });
  });

  test.each([
    ["a single Note: line", "Note: this is prose.\n\nMore."],
    ["fields with no title, author or date", "Tags: a\nCategory: b\n\nBody."],
    ["prose after a field", "Title: X\nThe text starts here without a blank line.\n"],
  ])("leaves %s alone", (_name, text) => {
    expect(splitKeyValueHeader(text)).toBeUndefined();
  });
});
