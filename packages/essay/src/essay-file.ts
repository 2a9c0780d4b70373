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

/** Slugs that would collide with the site's own routes. */
export const RESERVED_SLUGS = new Set(["search", "embed", "oembed", "pagefind", "embed.js", "_astro", "404"]);

/** The format of an essay file, from its extension; throws an EssayError for any other file. */
export function formatOf(file: string): EssayFormat {
  const format = ESSAY_EXTENSIONS[extname(file).toLowerCase()];
  if (!format) {
    throw new EssayError(
      "unknown-format",
      `"${extname(file) || "(no extension)"}" is not an essay format`,
      "name the file .txt for plain text or .md for Markdown",
      { file },
    );
  }
  return format;
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
