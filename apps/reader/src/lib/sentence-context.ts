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
  const quoted = [...crossRefItems(essay).values()].flatMap((items) =>
    crossRefLines(items).flatMap((line) => (line.context ? [line.context] : [])),
  );
  return [
    essay.title,
    essay.subtitle ?? "",
    ...essay.paragraphs.map((paragraph) => paragraph.text),
    ...essay.notes.map((note) => note.text),
    ...quoted,
  ].join("\n");
}

/**
 * The paragraph's text just before and after a sentence, as the reading page runs it on; a
 * side empty where a note's number and text sit between (notes close at their sentence's end).
 */
export function sentenceSurroundings(essay: Essay, paragraph: Paragraph, claim: Claim): SentenceSurroundings {
  const closes = essay.notes
    .filter((note) => note.paragraphId === paragraph.id)
    .map((note) => noteCloses(paragraph, note));
  const text = paragraph.text;
  const noteBetween = (from: number, to: number): boolean =>
    closes.some((at) => at >= from && at <= to && text.slice(from, to).trim() === "");
  const previousEnd = Math.max(0, ...paragraph.claims.filter((other) => other.end <= claim.start).map((o) => o.end));
  return {
    before: noteBetween(previousEnd, claim.start) ? "" : text.slice(0, claim.start),
    after: closes.some((at) => at === claim.end) ? "" : text.slice(claim.end),
  };
}
