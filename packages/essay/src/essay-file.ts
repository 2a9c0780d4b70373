import { basename, extname } from "node:path";
import { EssayError } from "./errors.ts";
import type { EssayFormat } from "./types.ts";

/** File extensions the reader takes as essays, and their formats. */
export const ESSAY_EXTENSIONS: Readonly<Record<string, EssayFormat>> = {
  ".txt": "text",
  ".text": "text",
  ".md": "markdown",
  ".markdown": "markdown",
};

/** The format of an essay file, from its extension; throws an EssayError for any other file. */
export function formatOf(file: string): EssayFormat {
  const format = ESSAY_EXTENSIONS[extname(file).toLowerCase()];
  if (!format) {
    throw new EssayError(
      "unknown-format",
      `"${extname(file) || "(no extension)"}" is not an essay format`,
      `name the file ${Object.keys(ESSAY_EXTENSIONS).join(", ")} (plain text or Markdown)`,
      { file },
    );
  }
  return format;
}

/** The file's name without its essay extension (`.txt`, `.text`, `.md`, `.markdown`); unchanged for any other name. */
export function withoutEssayExtension(file: string): string {
  const extension = extname(file);
  return ESSAY_EXTENSIONS[extension.toLowerCase()] ? file.slice(0, -extension.length) : file;
}

/** The slug of an essay file: its name without extension, lower-cased, spaces as hyphens. */
export function slugOf(file: string): string {
  return basename(file, extname(file))
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}
