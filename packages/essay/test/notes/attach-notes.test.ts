import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { isEssayError } from "../../src/errors.ts";
import { attachNotes } from "../../src/notes/attach-notes.ts";
import { parseEssay } from "../../src/parse-essay.ts";

const ESSAYS = fileURLToPath(new URL("../../../../apps/reader/essays/", import.meta.url));
const essay = parseEssay(
  "Title\n\nIt is time to build those channels.\n\nSignals are unilateral actions. Such signals help.\n\nKyiv could soften the September 2022 presidential decree.\n",
  { slug: "t" },
);

function attachError(source: string): { message: string; line: number | undefined; code: string; hint: string } {
  try {
    attachNotes(essay, source, "essays/t.notes.mdx");
  } catch (error) {
    if (isEssayError(error)) return { message: error.message, line: error.line, code: error.code, hint: error.hint };
    throw error;
  }
  throw new Error("expected the notes to be rejected");
}

describe("attachNotes", () => {
  test("numbers notes in the order of the text, not of the notes file", () => {
    const result = attachNotes(
      essay,
      '<Note exact="presidential decree" kind="source">Of September 30.</Note>\n\n<Note exact="those channels">In ¶1.</Note>\n',
    );
    expect(result.notes.map((note) => [note.number, note.id, note.paragraphId, note.kind])).toEqual([
      [1, "n2", "p1", "context"],
      [2, "n1", "p3", "source"],
    ]);
    expect(result.notes[1]).toMatchObject({ line: 1, text: "Of September 30.", fuzzy: false });
  });

  test("fails on a note whose quote is missing, naming the file, the line and the closest passage", () => {
    const error = attachError('{/* notes */}\n\n<Note exact="the Minsk agreements of 2015">Context.</Note>\n');
    expect(error.code).toBe("unanchored-note");
    expect(error.line).toBe(3);
    expect(error.message).toMatch(/^essays\/t\.notes\.mdx:3: /);
    expect(error.message).toContain("matches nowhere");
    expect(error.message).toContain("closest passage is ¶");
  });

  test("fails on a quote that matches in two places, naming both paragraphs", () => {
    const error = attachError('<Note exact="ignals">Which one?</Note>');
    expect(error.code).toBe("ambiguous-note-quote");
    expect(error.message).toContain("¶2");
    expect(error.hint).toContain("prefix=");
  });

  test("re-anchors a slightly changed quote with a note-reanchored warning that names the note", () => {
    const result = attachNotes(essay, '<Note exact="the Sept 2022 presidential decree">Date.</Note>', "t.notes.mdx");
    expect(result.notes[0]).toMatchObject({ paragraphId: "p3", fuzzy: true });
    const warning = result.diagnostics.find((diagnostic) => diagnostic.code === "note-reanchored");
    expect(warning).toMatchObject({ severity: "warning", where: { file: "t.notes.mdx", line: 1, paragraphId: "p3" } });
    expect(warning?.message).toContain("Note 1 (line 1)");
  });

  test("rejects two notes whose quotes overlap", () => {
    const error = attachError('<Note exact="build those">A.</Note>\n\n<Note exact="those channels">B.</Note>');
    expect(error.code).toBe("overlapping-notes");
  });

  test("adds editor links, resolving quotes to their paragraphs, before the automatic ones", () => {
    const result = attachNotes(essay, '<Link from="Signals are unilateral" to="p1" type="defines" note="“signals”" />');
    expect(result.crossRefs[0]).toEqual({ from: "p2", to: "p1", reason: "defines", score: 1, evidence: "“signals”" });
  });

  test("rejects a link to a paragraph the essay does not have", () => {
    expect(attachError('<Link from="p1" to="p40" type="supports" />').code).toBe("unknown-link-paragraph");
  });

  test("anchors every note of the bundled edition exactly", async () => {
    const source = await readFile(`${ESSAYS}talking-about-talking.txt`);
    const notes = await readFile(`${ESSAYS}talking-about-talking.notes.mdx`, "utf8");
    const bundled = attachNotes(parseEssay(source, { slug: "talking-about-talking" }), notes);
    expect(bundled.notes.length).toBeGreaterThanOrEqual(15);
    expect(bundled.notes.every((note) => !note.fuzzy)).toBe(true);
    expect(bundled.crossRefs.filter((link) => link.reason === "defines").length).toBeGreaterThanOrEqual(6);
  });
});
