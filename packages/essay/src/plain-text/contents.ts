import { headingKind, isContentsHeading } from "./headings.ts";

/** Where a contents list is and how many entries it has. */
export interface ContentsList {
  /** 0-based index of its first line (the "CONTENTS" line) in the body's lines. */
  readonly from: number;
  /** 0-based index just after its last entry. */
  readonly to: number;
  readonly entries: number;
}

const ENTRY_MAX = 90;
const SENTENCE_END = /[.!?]["'”’)]*$/u;

/**
 * Finds a contents list: a "CONTENTS" line followed by entries (short lines: headings, or
 * lines ending with a page number, or without a full stop) up to the first entry's own
 * repetition as the body's heading. Needs two or more entries.
 */
export function findContents(lines: readonly string[]): ContentsList | undefined {
  const from = lines.findIndex((line) => isContentsHeading(line));
  if (from === -1) return undefined;
  let first: string | undefined;
  let entries = 0;
  let to = from + 1;
  for (let i = from + 1; i < lines.length; i++) {
    const text = (lines[i] ?? "").trim();
    if (text === "") continue;
    const key = normalise(text);
    if (first !== undefined && key === first) break;
    const entryLike =
      text.length <= ENTRY_MAX && (headingKind(text) !== undefined || /\d+$/.test(text) || !SENTENCE_END.test(text));
    if (!entryLike) break;
    first ??= key;
    entries++;
    to = i + 1;
  }
  return entries >= 2 ? { from, to, entries } : undefined;
}

function normalise(text: string): string {
  return text
    .replace(/[\s.·…]+\d+$/, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
