import { readFile, stat } from "node:fs/promises";
import { EssayError } from "./errors.ts";
import { formatOf, slugOf } from "./essay-file.ts";
import { readNotesBeside } from "./notes/read-notes-file.ts";
import { parseEssay } from "./parse-essay.ts";
import type { Essay } from "./types.ts";

/** Reads and parses one essay file with the notes file beside it; every failure is an EssayError naming the file. */
export async function readEssayFile(file: string, displayName = file): Promise<Essay> {
  const bytes = await readFileBytes(file, displayName);
  const essay = parseEssay(bytes, { slug: slugOf(displayName), format: formatOf(displayName), file: displayName });
  return readNotesBeside(essay, file, displayName);
}

/** The bytes of a file, or an EssayError that says why there are none: missing, a folder, not readable. */
export async function readFileBytes(file: string, displayName = file): Promise<Uint8Array> {
  // What the path is comes before what its name says: a folder named like an essay is a folder.
  try {
    const info = await stat(file);
    if (info.isDirectory()) {
      throw new EssayError(
        "not-a-file",
        "the path is a folder, not a file",
        "name a file inside it, such as essays/my-essay.md",
        {
          file: displayName,
        },
      );
    }
    return await readFile(file);
  } catch (error) {
    if (error instanceof EssayError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? "unknown";
    if (code === "ENOENT" || code === "ENOTDIR") {
      throw new EssayError(
        "missing-file",
        "there is no file at this path",
        "check the path's spelling and the folder it is in",
        {
          file: displayName,
        },
      );
    }
    if (code === "EISDIR") {
      throw new EssayError("not-a-file", "the path is a folder, not a file", "name a file inside it", {
        file: displayName,
      });
    }
    throw new EssayError(
      "unreadable-file",
      `the file cannot be read (${code})`,
      code === "EACCES" || code === "EPERM"
        ? "check the file's permissions"
        : "check that the file is a readable local file",
      { file: displayName },
    );
  }
}
