import { describe, expect, test } from "vitest";
import { lexicalLinks } from "../../src/cross-refs/lexical.ts";
import { paragraphId } from "../../src/ids.ts";

const paragraphs = (...texts: string[]) => texts.map((text, i) => ({ id: paragraphId(i + 1), text }));

describe("lexicalLinks", () => {
  test("links paragraphs about the same thing and leaves an unrelated one alone", () => {
    const links = lexicalLinks(
      paragraphs(
        "Prisoner swaps and special envoys are signals of intent.",
        "The weather in spring is mild and wet.",
        "Signals such as prisoner swaps convey intent without talks.",
      ),
    );
    expect(links.map((link) => `${link.from}>${link.to}`).sort()).toEqual(["p1>p3", "p3>p1"]);
    expect(links.every((link) => link.reason === "lexical" && link.score > 0 && link.score <= 1)).toBe(true);
  });
});
