import { readFile } from "node:fs/promises";
import { EssayError } from "../errors.ts";
import { withoutEssayExtension } from "../essay-file.ts";
import type { Essay } from "../types.ts";
import { attachNotes } from "./attach-notes.ts";

/** The notes file that belongs beside an essay file: `essays/x.txt` → `essays/x.notes.mdx`. */
export function notesPathOf(essayFile: string): string {
  return `${withoutEssayExtension(essayFile)}.notes.mdx`;
}

/** The text of the notes file beside `essayFile`, or undefined when it has none. */
export async function readNotesSource(essayFile: string, displayName = essayFile): Promise<string | undefined> {
  try {
    return await readFile(notesPathOf(essayFile), "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return undefined;
    throw new EssayError(
      "unreadable-file",
      `the notes file cannot be read (${code ?? "unknown"})`,
      code === "EISDIR" ? "a folder has the notes file's name: rename or remove it" : "check the file's permissions",
      { file: notesPathOf(displayName) },
    );
  }
}

/** Attaches the notes of the `<slug>.notes.mdx` beside `essayFile` when there is one; otherwise returns the essay unchanged. */
export async function readNotesBeside(essay: Essay, essayFile: string, displayName = essayFile): Promise<Essay> {
  const source = await readNotesSource(essayFile, displayName);
  return source === undefined ? essay : attachNotes(essay, source, notesPathOf(displayName));
}
