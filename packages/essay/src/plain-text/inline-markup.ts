import type { TextBuilder } from "../inline/text-builder.ts";

// `_x_` or `*x*` not inside a word (so snake_case and 2*3*4 stay), and bracketed note markers `[12]`.
const MARKUP =
  /(?<![\p{L}\p{N}_*\\])([_*])([^\s_*](?:[^_*\n]{0,200}?[^\s_*\\])?)\1(?![\p{L}\p{N}_*])|\[(\d{1,3}|[A-Z]|[*†‡§])\]/gu;

const MAY_HAVE_MARKUP = /[_*[]/;

// The same, plus a bare note number set right after a word or its punctuation ("of power1;",
// "its enemies,3 in", "powers.''2"): the way older printed texts mark notes, read only when the text ends
// with notes numbered so (see `bareEndnotes`).
const MARKUP_WITH_BARE = new RegExp(
  `${MARKUP.source}|(?<=\\p{L}[.,;:!?)”’"']{0,3})(\\d{1,3})(?=[\\s.,;:!?)\\]”’"']|$)`,
  "gu",
);
const MAY_HAVE_BARE_MARKUP = /[_*[]|\p{L}[.,;:!?)”’"']{0,3}\d/u;

/**
 * Writes one line (or paragraph) of plain text into `out`: `_x_` and `*x*` become emphasis with
 * their delimiters dropped; `[n]` becomes a footnote reference when `isNote(n)`, and stays as
 * written otherwise. With `bare`, a note number set right after a word is a reference too.
 */
export function plainInline(text: string, out: TextBuilder, isNote: (label: string) => boolean, bare = false): void {
  if (!(bare ? MAY_HAVE_BARE_MARKUP : MAY_HAVE_MARKUP).test(text)) {
    out.text(text);
    return;
  }
  let at = 0;
  for (const match of text.matchAll(bare ? MARKUP_WITH_BARE : MARKUP)) {
    const label = match[3] ?? match[4];
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

/** The bare note numbers set right after a word ("power1;") in a text. */
export function bareNoteMarkers(text: string): string[] {
  const found: string[] = [];
  if (!MAY_HAVE_BARE_MARKUP.test(text)) return found;
  for (const match of text.matchAll(MARKUP_WITH_BARE)) if (match[4] !== undefined) found.push(match[4]);
  return found;
}

/** The bracketed note markers (`[n]`) in a text. */
export function noteMarkers(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(MARKUP)) if (match[3] !== undefined) found.push(match[3]);
  return found;
}

// `[12] The source…`, and Project Gutenberg's `[Footnote 12: The source…]`.
const ENDNOTE = /^\[(\d{1,3}|[A-Z]|[*†‡§])\]\s+\S|^\[(?:Foot)?note\s+(\d{1,3}|[A-Z]|[*†‡§]):\s*\S/iu;

/** The label of an endnote (`[12] The source…` or `[Footnote 12: The source…]`), if the text is one. */
export function endnoteLabel(text: string): string | undefined {
  const match = ENDNOTE.exec(text);
  return match?.[1] ?? match?.[2];
}

/** An endnote's text without its label (and without the closing bracket of `[Footnote n: …]`). */
export function endnoteText(text: string): string {
  const bracketed = /^\[(?:foot)?note\s+[^:\]]+:\s*([\s\S]*?)\]?\s*$/iu.exec(text);
  if (bracketed) return bracketed[1] ?? "";
  return text.replace(/^\[[^\]]+\]\s*/u, "");
}
