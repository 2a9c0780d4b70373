import { splitFrontMatter } from "./front-matter.ts";
import { splitGutenberg } from "./gutenberg.ts";
import { splitKeyValueHeader } from "./key-value-header.ts";
import type { Metadata } from "./metadata.ts";
import type { Diagnostic } from "./types.ts";

/** What comes before an essay's body (front matter, a Gutenberg header, a "Key: value" header), read. */
export interface Prelude {
  readonly data: Metadata;
  readonly body: string;
  /** The body's first line in the file (1-based). */
  readonly bodyLine: number;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Reads the metadata that comes before the body, for both formats: YAML/TOML front matter, or
 * a Project Gutenberg header and licence, or a "Key: value" header. Front matter wins where
 * both it and a header give a field.
 */
export function readPrelude(text: string, file?: string): Prelude {
  const front = splitFrontMatter(text, file);
  const gutenberg = splitGutenberg(front.body, file);
  if (gutenberg) {
    return {
      data: { ...gutenberg.data, ...front.data },
      body: gutenberg.body,
      bodyLine: front.bodyLine + gutenberg.bodyLine - 1,
      diagnostics: gutenberg.diagnostics,
    };
  }
  const header = front.bodyLine === 1 ? splitKeyValueHeader(front.body) : undefined;
  if (header) return { data: header.data, body: header.body, bodyLine: header.bodyLine, diagnostics: [] };
  return { data: front.data, body: front.body, bodyLine: front.bodyLine, diagnostics: [] };
}
