import type { AnchoredNote } from "@scholia/essay";
import { describe, expect, test } from "vitest";
import { editionNotes } from "../src/lib/edition-notes.ts";
import {
  type Inline,
  inlineNodes,
  noteCloses,
  paragraphSegments,
  type Segment,
} from "../src/lib/paragraph-segments.ts";
import { essayOf, over, para, pid } from "./blocks-fixtures.ts";

// A compact picture of the tree: text as is, elements as [type:children], notes as {n}, breaks as /.
const show = (nodes: readonly Inline[]): string =>
  nodes
    .map((node) => {
      if (node.type === "text") return node.text;
      if (node.type === "break") return "/";
      if (node.type === "note") return `{${node.note.number}${node.first ? "" : "'"}}`;
      if (node.type === "highlight") return `[note:${show(node.children)}]`;
      return `[${node.mark.type}:${show(node.children)}]`;
    })
    .join("");
const showSegments = (segments: readonly Segment[]): string[] =>
  segments.map((segment) => `${segment.claim ? `${segment.claim.id}|` : ""}${show(segment.children)}`);
const textOf = (nodes: readonly Inline[]): string =>
  nodes.map((node) => (node.type === "text" ? node.text : "children" in node ? textOf(node.children) : "")).join("");

const note = (start: number, end: number, text: string, number = 1): AnchoredNote => ({
  id: `n${number}`,
  number,
  kind: "context",
  paragraphId: pid(1),
  start,
  end,
  selector: { type: "TextQuoteSelector", exact: text.slice(start, end) },
  text: "A note.",
  html: "<p>A note.</p>",
  line: 1,
  fuzzy: false,
});

describe("paragraphSegments", () => {
  test("keeps plain prose as claim spans and the text between them", () => {
    const p = para(1, "One sentence. Another one.");
    expect(showSegments(paragraphSegments(p))).toEqual(["p1.s1|One sentence.", " ", "p1.s2|Another one."]);
  });

  test("nests emphasis and a link inside the sentence that holds them", () => {
    const text = "Read the manual first. Then ask.";
    const p = para(1, text, {
      marks: [
        over(text, "the manual", { type: "link", href: "https://example.org/" }),
        over(text, "manual", { type: "emphasis" }),
      ],
    });
    expect(showSegments(paragraphSegments(p))).toEqual([
      "p1.s1|Read [link:the [emphasis:manual]] first.",
      " ",
      "p1.s2|Then ask.",
    ]);
  });

  test("splits a mark across a sentence boundary into one element per sentence, keeping every character", () => {
    const text = "It ends here. It goes on.";
    const p = para(1, text, { marks: [over(text, "here. It goes", { type: "strong" })] });
    const segments = paragraphSegments(p);
    expect(showSegments(segments)).toEqual([
      "p1.s1|It ends [strong:here.]",
      "[strong: ]",
      "p1.s2|[strong:It goes] on.",
    ]);
    expect(segments.map((segment) => textOf(segment.children)).join("")).toBe(text);
  });

  test("puts marks inside an editor's note's quote and the note's number after its sentence, outside every mark", () => {
    const text = "A long and winding road.";
    const p = para(1, text, { marks: [over(text, "and winding road", { type: "emphasis" })] });
    const notes = editionNotes(essayOf([p], { notes: [note(2, 6, text)] }));
    expect(showSegments(paragraphSegments(p, notes.byParagraph.get(pid(1)), notes.footnotes))).toEqual([
      "p1.s1|A [note:long] [emphasis:and winding road].{1}",
    ]);
    const withEnd = editionNotes(essayOf([p], { notes: [note(2, 10, text)] }));
    expect(showSegments(paragraphSegments(p, withEnd.byParagraph.get(pid(1))))).toEqual([
      "p1.s1|A [note:long [emphasis:and]][emphasis: winding road].{1}",
    ]);
  });

  test("closes an editor's note after the sentence its quote ends in, so the sentence's words stay together", () => {
    const text = "Talks need a cease-fire first. Nobody has one.";
    const p = para(1, text);
    const quote = note(13, 29, text);
    expect(noteCloses(p, quote)).toBe(30);
    const notes = editionNotes(essayOf([p], { notes: [quote] }));
    expect(showSegments(paragraphSegments(p, notes.byParagraph.get(pid(1))))).toEqual([
      "p1.s1|Talks need a [note:cease-fire first].{1}",
      " ",
      "p1.s2|Nobody has one.",
    ]);
    // A quote outside every sentence closes where it ends.
    expect(noteCloses({ claims: [] }, quote)).toBe(29);
  });

  test("gives each note ending in one sentence its own number, in order, every character kept", () => {
    const text = "Talks need a cease-fire first. Nobody has one.";
    const p = para(1, text);
    const notes = editionNotes(essayOf([p], { notes: [note(0, 5, text, 1), note(13, 23, text, 2)] }));
    const segments = paragraphSegments(p, notes.byParagraph.get(pid(1)));
    expect(showSegments(segments)[0]).toBe("p1.s1|[note:Talks] need a [note:cease-fire] first.{1}{2}");
    expect(segments.map((segment) => textOf(segment.children)).join("")).toBe(text);
  });

  test("places a footnote's number at its reference, and later references as a number only", () => {
    const text = "First claim. Second claim.";
    const first = para(1, text, { marks: [{ type: "footnote-ref", start: 12, end: 12, footnote: "fn1" }] });
    const second = para(2, "Again.", { marks: [{ type: "footnote-ref", start: 6, end: 6, footnote: "fn1" }] });
    const notes = editionNotes(
      essayOf([first, second], {
        footnotes: [
          { id: "fn1", label: "a", paragraphId: pid(1), offset: 12, text: "The source.", marks: [], line: 9 },
        ],
      }),
    );
    expect(showSegments(paragraphSegments(first, notes.byParagraph.get(pid(1)), notes.footnotes))).toEqual([
      "p1.s1|First claim.{1}",
      " ",
      "p1.s2|Second claim.",
    ]);
    expect(showSegments(paragraphSegments(second, notes.byParagraph.get(pid(2)), notes.footnotes))).toEqual([
      "p2.s1|Again.{1'}",
    ]);
    // Without the notes (an iframe page), a reference shows nothing and takes no text.
    expect(showSegments(paragraphSegments(first))).toEqual(["p1.s1|First claim.", " ", "p1.s2|Second claim."]);
  });

  test("renders break marks, and every line of a verse block even without marks", () => {
    const text = "Roses are red\nviolets are blue";
    expect(
      show(
        paragraphSegments(para(1, text, { marks: [{ type: "break", start: 13, end: 13 }] })).flatMap((s) => s.children),
      ),
    ).toBe("Roses are red/\nviolets are blue");
    const verse = para(1, text, { type: "verse" });
    expect(show(paragraphSegments(verse).flatMap((s) => s.children))).toBe("Roses are red\n/violets are blue");
  });

  test("never claim-marks a block that is not analysed", () => {
    const code = para(1, "x = 1. y = 2.", { type: "code", analysed: false, code: { value: "x = 1. y = 2." } });
    expect(showSegments(paragraphSegments(code))).toEqual(["x = 1. y = 2."]);
  });

  test("ignores marks outside the text and keeps the text whole", () => {
    const text = "Short.";
    const p = para(1, text, {
      marks: [
        { type: "emphasis", start: 3, end: 40 },
        { type: "strong", start: 4, end: 4 },
      ],
    });
    expect(showSegments(paragraphSegments(p))).toEqual(["p1.s1|Short."]);
  });
});

describe("inlineNodes", () => {
  test("nests marks of a table cell or caption without claims", () => {
    const text = "see the code here";
    const nodes = inlineNodes(text, [
      over(text, "the code here", { type: "link", href: "/x" }),
      over(text, "code", { type: "code" }),
    ]);
    expect(show(nodes)).toBe("see [link:the [code:code] here]");
  });
});
