import { describe, expect, test } from "vitest";
import { isEssayError } from "../../src/errors.ts";
import { parseNotesFile } from "../../src/notes/notes-file.ts";

function failure(source: string): { message: string; line: number | undefined; code: string; hint: string } {
  try {
    parseNotesFile(source, "essays/x.notes.mdx");
  } catch (error) {
    if (isEssayError(error)) return { message: error.message, line: error.line, code: error.code, hint: error.hint };
    throw error;
  }
  throw new Error("expected the notes file to be rejected");
}

describe("parseNotesFile", () => {
  test("reads the <Edition>: who edited the notes, and when", () => {
    const parsed = parseNotesFile(
      '<Edition editor="Rosa Marginalia" created="2024-03-05" modified="2024-06-01T09:30Z" />\n\n<Note exact="x">Why.</Note>\n',
    );
    expect(parsed.edition).toEqual({ editor: "Rosa Marginalia", created: "2024-03-05", modified: "2024-06-01T09:30Z" });
    expect(parsed.notes).toHaveLength(1);
    expect(parseNotesFile('<Note exact="x">Why.</Note>\n').edition).toBeUndefined();
  });

  test("reads notes with their quote, context, kind and line, skipping comments", () => {
    const file = parseNotesFile(
      '{/* a remark */}\n\n<Note exact="those channels" prefix="build " suffix="." kind="source">\nThe *channels* of ¶3.\n</Note>\n',
    );
    expect(file.notes).toHaveLength(1);
    expect(file.notes[0]).toMatchObject({
      exact: "those channels",
      prefix: "build ",
      suffix: ".",
      kind: "source",
      line: 3,
    });
  });

  test("defaults a note's kind to context", () => {
    expect(parseNotesFile('<Note exact="x">Why.</Note>').notes[0]?.kind).toBe("context");
  });

  test("reads editor links between paragraph ids and quotes", () => {
    const { links } = parseNotesFile('<Link from="p15" to="Such signals" type="defines" note="“signals”" />');
    expect(links).toEqual([
      {
        from: { paragraph: "p15" },
        to: { quote: "Such signals" },
        type: "defines",
        note: "“signals”",
        line: 1,
        column: 1,
      },
    ]);
  });

  test.each([
    ['<Note exact="x">\nunclosed\n', "invalid-notes-mdx"],
    ['<Note exact="x" kind="gossip">Why.</Note>', "unknown-note-kind"],
    ["<Note>Why.</Note>", "note-without-quote"],
    ['<Note exact="x"></Note>', "empty-note"],
    ['<Link from="p1" to="p2" type="likes" />', "unknown-link-type"],
    ['<Note exact={"x"}>Why.</Note>', "bad-note-attribute"],
    ["Loose text between notes.", "stray-notes-content"],
    ['<Aside exact="x">Why.</Aside>', "stray-notes-content"],
    ['<Edition editor="A. Editor" created="last spring" />', "bad-edition-date"],
    ['<Edition editor="A" />\n\n<Edition editor="B" />', "second-edition"],
  ])("rejects %j with an error naming the file and line (%s)", (source, code) => {
    const error = failure(source);
    expect(error.code).toBe(code);
    expect(error.message).toMatch(/^essays\/x\.notes\.mdx:\d+/);
    expect(error.line).toBeGreaterThanOrEqual(1);
    expect(error.hint.length).toBeGreaterThan(10);
    expect(error.message).not.toContain(error.hint);
  });
});
