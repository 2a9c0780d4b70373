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

  test("does not link two short lines on one or two shared words, however high their cosine", () => {
    const links = lexicalLinks(
      paragraphs(
        "Printed at Harbour Town, 1802.",
        "To the citizens of Harbour Town:",
        "Fishing quotas for the northern bays were cut again this spring.",
        "The ferry timetable changes in winter.",
        "Spring quotas in the northern bays hurt the fishing fleets most.",
      ),
    );
    expect(links.map((link) => `${link.from}>${link.to}`).sort()).toEqual(["p3>p5", "p5>p3"]);
  });
});
