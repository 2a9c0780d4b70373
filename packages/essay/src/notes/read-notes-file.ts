import { readFile } from "node:fs/promises";
import { EssayError } from "../errors.ts";
import type { Essay } from "../types.ts";
import { attachNotes } from "./attach-notes.ts";

/** The notes file that belongs beside an essay file: `essays/x.txt` → `essays/x.notes.mdx`. */
export function notesPathOf(essayFile: string): string {
  return `${essayFile.replace(/\.(?:txt|md|markdown)$/i, "")}.notes.mdx`;
}

/** Attaches the notes of the `<slug>.notes.mdx` beside `essayFile` when there is one; otherwise returns the essay unchanged. */
export async function readNotesBeside(essay: Essay, essayFile: string, displayName = essayFile): Promise<Essay> {
  let source: string;
  const name = notesPathOf(displayName);
  try {
    source = await readFile(notesPathOf(essayFile), "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return essay;
    throw new EssayError(
      "unreadable-file",
      `the notes file cannot be read (${code ?? "unknown"})`,
      "check the file's permissions",
      { file: name },
    );
  }
  return attachNotes(essay, source, name);
}
