import type { AnchoredNote, Footnote } from "@scholia/essay";
import { describe, expect, test } from "vitest";
import { editionNotes } from "../src/lib/edition-notes.ts";
import { essayOf, para, pid } from "./blocks-fixtures.ts";

const editors = (id: string, n: number, start: number, end: number): AnchoredNote => ({
  id,
  number: 0,
  kind: "source",
  paragraphId: pid(n),
  start,
  end,
  selector: { type: "TextQuoteSelector", exact: "quoted" },
  text: `Editor ${id}.`,
  html: `<p>Editor ${id}.</p>`,
  line: 1,
  fuzzy: false,
});
const footnote = (id: string, n: number, offset: number): Footnote => ({
  id,
  label: id,
  paragraphId: pid(n),
  offset,
  text: `Author ${id}.`,
  marks: [],
  line: 40,
});

describe("editionNotes", () => {
  const paragraphs = [para(1, "One two three four five."), para(2, "Six seven eight."), para(3, "Nine.")];

  test("numbers editor's notes and footnotes together in reading order", () => {
    const notes = editionNotes(
      essayOf(paragraphs, {
        notes: [editors("n1", 2, 0, 3), editors("n2", 1, 4, 7)],
        footnotes: [footnote("fn1", 1, 24), footnote("fn2", 3, 5)],
      }),
    );
    expect(notes.all.map((note) => [note.number, note.id])).toEqual([
      [1, "n2"],
      [2, "fn1"],
      [3, "n1"],
      [4, "fn2"],
    ]);
    expect(notes.byParagraph.get(pid(1))?.map((note) => note.id)).toEqual(["n2", "fn1"]);
    expect(notes.footnotes.get("fn2")).toMatchObject({
      origin: "footnote",
      kind: "footnote",
      start: 5,
      end: 5,
      quote: "",
    });
  });

  test("keeps each note's body: editor's HTML, a footnote's text and marks", () => {
    const notes = editionNotes(
      essayOf(paragraphs, { notes: [editors("n1", 1, 0, 3)], footnotes: [footnote("fn1", 2, 3)] }),
    );
    expect(notes.all[0]).toMatchObject({ origin: "editor", html: "<p>Editor n1.</p>", quote: "quoted" });
    expect(notes.all[1]).toMatchObject({ origin: "footnote", text: "Author fn1." });
    expect(notes.all[1]).not.toHaveProperty("html");
  });

  test("treats an essay without notes or footnotes (an older cache) as having none", () => {
    const { notes: _, footnotes: __, ...old } = essayOf(paragraphs);
    expect(editionNotes(old as never).all).toEqual([]);
  });
});
