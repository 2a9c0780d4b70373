import { describe, expect, test } from "vitest";
import { backReferences } from "../../src/cross-refs/back-references.ts";
import { paragraphId } from "../../src/ids.ts";

const paragraphs = (...texts: string[]) => texts.map((text, i) => ({ id: paragraphId(i + 1), text }));

describe("backReferences", () => {
  test("links “those channels” to the earlier paragraph that spoke of channels", () => {
    const links = backReferences(
      paragraphs("It is necessary to open channels of communication.", "It is time to begin to build those channels."),
    );
    expect(links).toEqual([{ from: "p2", to: "p1", reason: "back-reference", score: 0.9, evidence: "those channels" }]);
  });

  test("links a paragraph that opens with “These proposed efforts” to the paragraph before it", () => {
    const links = backReferences(
      paragraphs(
        "Allies could appoint envoys.",
        "Kyiv could soften its decree.",
        "These proposed efforts would not change policy.",
      ),
    );
    expect(links.map((link) => [link.from, link.to, link.evidence])).toEqual([["p3", "p2", "These proposed efforts"]]);
  });

  test("does not link a summing-up noun in the middle of a paragraph, where it points inside the paragraph", () => {
    const links = backReferences(
      paragraphs(
        "The West sees Moscow as a font of lies.",
        "Moscow lies even to itself. Nothing illustrates this phenomenon better.",
      ),
    );
    expect(links).toEqual([]);
  });

  test("does not read “that” as a pointer when it joins a clause", () => {
    const links = backReferences(
      paragraphs("The United States will talk.", "Russia should indicate that the United States is prepared."),
    );
    expect(links).toEqual([]);
  });

  test("looks no further back than three paragraphs", () => {
    const links = backReferences(paragraphs("Signals matter.", "One.", "Two.", "Three.", "Such signals help."));
    expect(links).toEqual([]);
  });
});

describe("backReferences within a paragraph", () => {
  test("does not link a demonstrative whose noun the same paragraph used just before", () => {
    const links = backReferences(
      paragraphs(
        "Ukrainian officials will engage.",
        "Western officials could appoint envoys. These officials would engage allies.",
      ),
    );
    expect(links).toEqual([]);
  });
});
