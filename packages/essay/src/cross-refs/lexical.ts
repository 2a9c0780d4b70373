import type { CrossRef, ParagraphId } from "../types.ts";
import { impactOrdered, nearestTexts, round, tfIdf } from "./tf-idf.ts";

const MIN_SHARED_TERMS = 3;

/** A paragraph as the similarity index sees it. */
export interface IndexedParagraph {
  readonly id: ParagraphId;
  readonly text: string;
}

/**
 * Links each paragraph to its most similar others by TF-IDF cosine, scored through an
 * inverted index so that only paragraphs sharing a word are ever compared.
 */
export function lexicalLinks(
  paragraphs: readonly IndexedParagraph[],
  perParagraph = 2,
  threshold = 0.12,
  words?: readonly (readonly string[])[],
): CrossRef[] {
  // A word used in more than 40 paragraphs says little about any two of them, and skipping it
  // bounds the work per paragraph, which keeps the whole essay linear in its length.
  const maxPostings = 40;
  const index = impactOrdered(
    tfIdf(
      paragraphs.map((paragraph) => paragraph.text),
      words,
    ),
    Infinity,
    maxPostings,
  );
  const links: CrossRef[] = [];
  // Two short paragraphs can score high on one or two shared words (a dateline and a salutation
  // that both name a city, two signatures, a heading and the title line): a link says two
  // passages treat the same matter, which takes at least three shared words.
  const nearest = nearestTexts(index, paragraphs.length, MIN_SHARED_TERMS);
  paragraphs.forEach((from, i) => {
    for (const { text, score } of nearest(i, (j) => j === i, perParagraph, threshold)) {
      const to = paragraphs[text];
      if (to) links.push({ from: from.id, to: to.id, reason: "lexical", score: round(score) });
    }
  });
  return links;
}
