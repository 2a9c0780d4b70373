import { describe, expect, test } from "vitest";
import { noteCloses, paragraphSegments } from "../src/lib/paragraph-segments.ts";
import { annotated, paragraph } from "./fixtures.ts";

describe("paragraphSegments", () => {
  const p2 = paragraph(annotated, 2);
  const [note] = annotated.notes;

  test("closes a note after the sentence its quote ends in, so the sentence's words stay together", () => {
    if (!note) throw new Error("the fixture has a note");
    const sentence = p2.claims.find((claim) => claim.start < note.end && note.end <= claim.end);
    expect(noteCloses(p2, note)).toBe(sentence?.end);
    const pieces = paragraphSegments(p2, annotated.notes).flatMap((segment) => segment.pieces);
    const closing = pieces.findIndex((piece) => piece.closes === note);
    expect(
      pieces
        .slice(0, closing + 1)
        .map((piece) => piece.text)
        .join(""),
    ).toBe(p2.text.slice(0, sentence?.end));
  });

  test("keeps every character of the paragraph, in order", () => {
    const pieces = paragraphSegments(p2, annotated.notes).flatMap((segment) => segment.pieces);
    expect(pieces.map((piece) => piece.text).join("")).toBe(p2.text);
  });

  test("gives each further note ending in the same sentence an empty run of its own", () => {
    if (!note) throw new Error("the fixture has a note");
    const second = { ...note, id: "n2", number: 2, start: note.start, end: note.start + 1 };
    const pieces = paragraphSegments(p2, [second, note]).flatMap((segment) => segment.pieces);
    expect(pieces.filter((piece) => piece.closes).map((piece) => piece.closes?.id)).toEqual(["n2", "n1"]);
    expect(pieces.map((piece) => piece.text).join("")).toBe(p2.text);
  });
});
