import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { notesPathOf } from "../../src/notes/read-notes-file.ts";
import { readEssayFile } from "../../src/read-essay-file.ts";

describe("notes beside an essay", () => {
  test.each([
    ["essays/a.txt", "essays/a.notes.mdx"],
    ["essays/b.md", "essays/b.notes.mdx"],
  ])("%s has its notes in %s", (essay, notes) => {
    expect(notesPathOf(essay)).toBe(notes);
  });

  test("readEssayFile attaches the notes file beside the essay", async () => {
    const dir = await mkdtemp(join(tmpdir(), "scholia-notes-"));
    await writeFile(join(dir, "a.txt"), "Title\n\nThose channels matter.\n");
    await writeFile(join(dir, "a.notes.mdx"), '<Note exact="channels">Which ones?</Note>\n');
    const essay = await readEssayFile(join(dir, "a.txt"));
    expect(essay.notes).toHaveLength(1);
    expect(essay.notes[0]?.text).toBe("Which ones?");
  });

  test("an essay without a notes file has no notes", async () => {
    const dir = await mkdtemp(join(tmpdir(), "scholia-notes-"));
    await writeFile(join(dir, "b.txt"), "Title\n\nText.\n");
    expect((await readEssayFile(join(dir, "b.txt"))).notes).toEqual([]);
  });

  test("a bad notes file fails the essay with the notes file's name and line", async () => {
    const dir = await mkdtemp(join(tmpdir(), "scholia-notes-"));
    await writeFile(join(dir, "c.txt"), "Title\n\nText.\n");
    await writeFile(join(dir, "c.notes.mdx"), '\n\n<Note exact="missing words">Why.</Note>\n');
    await expect(readEssayFile(join(dir, "c.txt"), "essays/c.txt")).rejects.toThrow(/^essays\/c\.notes\.mdx:3: /);
  });
});
