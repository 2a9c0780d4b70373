import type { TextBuilder } from "../inline/text-builder.ts";

// GFM parses `[^x]` as a reference only when `[^x]: …` is defined; otherwise it is text.
const STRAY_REFERENCE = /\[\^([^\]\s]+)\]/g;

/** Writes text; a `[^x]` left as text (no definition) becomes a reference to an unknown note, which is then reported. */
export function textWithStrayReferences(value: string, out: TextBuilder): void {
  if (!value.includes("[^")) {
    out.text(value);
    return;
  }
  let at = 0;
  for (const match of value.matchAll(STRAY_REFERENCE)) {
    out.text(value.slice(at, match.index));
    out.footnoteRef((match[1] ?? "").toLowerCase());
    at = match.index + match[0].length;
  }
  out.text(value.slice(at));
}
