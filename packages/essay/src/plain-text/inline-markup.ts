import type { TextBuilder } from "../inline/text-builder.ts";

// `_x_` or `*x*` not inside a word (so snake_case and 2*3*4 stay), and bracketed note markers `[12]`.
const MARKUP =
  /(?<![\p{L}\p{N}_*\\])([_*])([^\s_*](?:[^_*\n]{0,200}?[^\s_*\\])?)\1(?![\p{L}\p{N}_*])|\[(\d{1,3}|[*†‡§])\]/gu;

/**
 * Writes one line (or paragraph) of plain text into `out`: `_x_` and `*x*` become emphasis with
 * their delimiters dropped; `[n]` becomes a footnote reference when `isNote(n)`, and stays as
 * written otherwise.
 */
export function plainInline(text: string, out: TextBuilder, isNote: (label: string) => boolean): void {
  let at = 0;
  for (const match of text.matchAll(MARKUP)) {
    const label = match[3];
    if (label !== undefined && !isNote(label)) continue;
    let before = text.slice(at, match.index);
    const after = text[match.index + match[0].length];
    // "word [1]." reads "word." with the reference after "word".
    if (label !== undefined && (after === undefined || /[\s.,;:!?)\]”’"']/u.test(after))) before = before.trimEnd();
    out.text(before);
    if (label !== undefined) out.footnoteRef(label);
    else {
      const start = out.offset;
      out.text(match[2] ?? "");
      out.span("emphasis", start);
    }
    at = match.index + match[0].length;
  }
  out.text(text.slice(at));
}

/** The bracketed note markers (`[n]`) in a text. */
export function noteMarkers(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(MARKUP)) if (match[3] !== undefined) found.push(match[3]);
  return found;
}

/** The label of an endnote line (`[12] The source…`), if the text is one. */
export function endnoteLabel(text: string): string | undefined {
  return /^\[(\d{1,3}|[*†‡§])\]\s+\S/u.exec(text)?.[1];
}
