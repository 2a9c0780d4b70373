import type { CrossRef, ParagraphId } from "../types.ts";
import { contentWords, stem } from "./tokens.ts";

/** A paragraph as the back-reference finder sees it. */
export interface BackRefParagraph {
  readonly id: ParagraphId;
  readonly text: string;
}

// "These proposed efforts", "this phenomenon", "those channels", "such signals": a
// demonstrative followed by up to two words and a noun that an earlier paragraph used.
const DEMONSTRATIVE = /\b(?:these|those|this|that|such)\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)/giu;
const NOT_NOUNS = new Set([
  "is",
  "was",
  "are",
  "were",
  "will",
  "would",
  "means",
  "the",
  "a",
  "an",
  "does",
  "may",
  "might",
]);

/** Links a paragraph that points back with a demonstrative phrase to the paragraph it points to. */
export function backReferences(paragraphs: readonly BackRefParagraph[]): CrossRef[] {
  const words = paragraphs.map((paragraph) => new Set(contentWords(paragraph.text)));
  const links: CrossRef[] = [];
  paragraphs.forEach((paragraph, i) => {
    const seen = new Set<string>();
    for (const match of paragraph.text.matchAll(DEMONSTRATIVE)) {
      const phrase = match[1] ?? "";
      const noun = stem(phrase.split(/\s+/u).at(-1)?.toLowerCase() ?? "");
      if (!noun || NOT_NOUNS.has(noun) || noun.length < 4) continue;
      const target = findBack(words, i, noun);
      if (target === undefined || seen.has(`${target}`)) continue;
      const to = paragraphs[target];
      if (!to) continue;
      seen.add(`${target}`);
      links.push({
        from: paragraph.id,
        to: to.id,
        reason: "back-reference",
        score: 1 - (i - target) / 10,
        evidence: match[0],
      });
    }
  });
  return links;
}

function findBack(words: readonly Set<string>[], from: number, noun: string): number | undefined {
  // Look at most three paragraphs back: a demonstrative reaches only nearby text.
  for (let j = from - 1; j >= Math.max(0, from - 3); j--) if (words[j]?.has(noun)) return j;
  return undefined;
}
