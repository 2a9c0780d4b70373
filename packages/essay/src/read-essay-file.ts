import { readFile } from "node:fs/promises";
import { EssayError } from "./errors.ts";
import { formatOf, slugOf } from "./essay-file.ts";
import { readNotesBeside } from "./notes/read-notes-file.ts";
import { parseEssay } from "./parse-essay.ts";
import type { Essay } from "./types.ts";

/** Reads and parses one essay file with the notes file beside it; every failure is an EssayError naming the file. */
export async function readEssayFile(file: string, displayName = file): Promise<Essay> {
  const format = formatOf(displayName);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "unknown";
    throw new EssayError(
      "unreadable-file",
      `the file cannot be read (${code})`,
      code === "ENOENT" ? "check the path" : "check the file's permissions",
      { file: displayName },
    );
  }
  const essay = parseEssay(bytes, { slug: slugOf(displayName), format, file: displayName });
  return readNotesBeside(essay, file, displayName);
}
