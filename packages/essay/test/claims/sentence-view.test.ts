import { describe, expect, test } from "vitest";
import { viewSentence } from "../../src/claims/sentence-view.ts";

const head = (text: string): string | undefined => {
  const view = viewSentence(text);
  return view.tokens[view.head]?.text;
};

describe("viewSentence: the main clause's first word", () => {
  test.each([
    ["Second. The bond is held by the bank.", "The"],
    ["IV. The bond is held by the bank.", "The"],
    ["b) Ask the clerk for a receipt.", "Ask"],
    ["However, the bond is held by the bank.", "the"],
  ])("finds the head of “%s”", (text, word) => {
    expect(head(text)).toBe(word);
  });

  test("keeps a pronoun that opens the sentence", () => {
    expect(head("I know the clerk.")).toBe("I");
  });
});
