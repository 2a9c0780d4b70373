import { describe, expect, test } from "vitest";
import { redactQuotes } from "../../scripts/labels/import-labels.ts";

describe("redactQuotes", () => {
  test.each([
    ["main clause 'it would be better to wait' decides", "main clause '…' decides"],
    ["modal 'would' as consequence", "modal 'would' as consequence"],
    ["signpost (“In what follows I describe”)", "signpost (“…”)"],
    ["no quotation at all", "no quotation at all"],
  ])("keeps the essay's text out of the note “%s”", (note, expected) => {
    expect(redactQuotes(note)).toBe(expected);
  });
});
