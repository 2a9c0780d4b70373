import type { Claim, Essay, Paragraph } from "@scholia/essay";
import { crossRefItems, crossRefLines } from "./cross-ref-view.ts";
import { noteCloses } from "./paragraph-segments.ts";
import type { SentenceSurroundings } from "./text-fragment.ts";

/**
 * The words of an essay's reading page that a text directive could match: the headline, dek,
 * paragraphs, the margin notes and the cross-references' words (a back-reference quotes its
 * sentence in an earlier paragraph's margin, which would otherwise catch links to it first).
 */
export function readingPageText(essay: Essay): string {
  // Every passage page of the essay asks for it: worked out once per essay, not once per page,
  // which made building an essay of thousands of paragraphs quadratic.
  const known = pageTexts.get(essay);
  if (known !== undefined) return known;
  const quoted = [...crossRefItems(essay).values()].flatMap((items) =>
    crossRefLines(items).flatMap((line) => (line.context ? [line.context] : [])),
  );
  const text = [
    essay.title,
    essay.subtitle ?? "",
    ...essay.paragraphs.map((paragraph) => paragraph.text),
    ...essay.notes.map((note) => note.text),
    ...quoted,
  ].join("\n");
  pageTexts.set(essay, text);
  return text;
}

const pageTexts = new WeakMap<Essay, string>();

// A text directive's `prefix-` or `-suffix` uses at most six words (text-fragment.ts): this many
// characters on each side hold them many times over, and reading no more keeps a paragraph of
// tens of thousands of sentences linear to link.
const AROUND_CHARS = 400;

/**
 * The paragraph's text just before and after a sentence (up to a few hundred characters each way,
 * whole words only), as the reading page runs it on; a side empty where a note's number and text
 * sit between (notes close at their sentence's end).
 */
export function sentenceSurroundings(essay: Essay, paragraph: Paragraph, claim: Claim): SentenceSurroundings {
  const closes = essay.notes
    .filter((note) => note.paragraphId === paragraph.id)
    .map((note) => noteCloses(paragraph, note));
  const text = paragraph.text;
  const noteBetween = (from: number, to: number): boolean =>
    closes.some((at) => at >= from && at <= to && text.slice(from, to).trim() === "");
  const previousEnd = previousClaimEnd(paragraph.claims, claim.start);
  return {
    before: noteBetween(previousEnd, claim.start) ? "" : wordsBefore(text, claim.start),
    after: closes.some((at) => at === claim.end) ? "" : wordsAfter(text, claim.end),
  };
}

// The end of the last claim that ends at or before `start` (claims are sorted and never overlap), or 0.
function previousClaimEnd(claims: readonly Claim[], start: number): number {
  let low = 0;
  let high = claims.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((claims[mid] as Claim).end <= start) low = mid + 1;
    else high = mid;
  }
  return low > 0 ? (claims[low - 1] as Claim).end : 0;
}

function wordsBefore(text: string, at: number): string {
  if (at <= AROUND_CHARS) return text.slice(0, at);
  const window = text.slice(at - AROUND_CHARS, at);
  // Cut at a space, so that no word is read from its middle.
  return window.slice(window.search(/\s/) + 1);
}

function wordsAfter(text: string, at: number): string {
  if (text.length - at <= AROUND_CHARS) return text.slice(at);
  const window = text.slice(at, at + AROUND_CHARS);
  const space = window.search(/\s\S*$/);
  return space < 0 ? window : window.slice(0, space);
}
