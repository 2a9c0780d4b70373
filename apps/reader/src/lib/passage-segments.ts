import type { Claim, Paragraph } from "@scholia/essay";

/** A run of a paragraph's text: a sentence with its claim, or the exact text between sentences. */
export interface Segment {
  readonly text: string;
  readonly claim?: Claim;
}

/** Splits a paragraph into claim sentences and the text between them, so that no character is lost. */
export function passageSegments(paragraph: Paragraph): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  for (const claim of paragraph.claims) {
    if (claim.start > at) segments.push({ text: paragraph.text.slice(at, claim.start) });
    segments.push({ text: paragraph.text.slice(claim.start, claim.end), claim });
    at = claim.end;
  }
  if (at < paragraph.text.length) segments.push({ text: paragraph.text.slice(at) });
  return segments;
}
