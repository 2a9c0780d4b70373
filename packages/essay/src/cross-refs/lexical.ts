import type { CrossRef, ParagraphId } from "../types.ts";
import { round, similarTo, tfIdf } from "./tf-idf.ts";

/** A paragraph as the similarity index sees it. */
export interface IndexedParagraph {
  readonly id: ParagraphId;
  readonly text: string;
}

/**
 * Links each paragraph to its most similar others by TF-IDF cosine, scored through an
 * inverted index so that only paragraphs sharing a word are ever compared.
 */
export function lexicalLinks(paragraphs: readonly IndexedParagraph[], perParagraph = 2, threshold = 0.12): CrossRef[] {
  const index = tfIdf(paragraphs.map((paragraph) => paragraph.text));
  // A word used in more than 40 paragraphs says little about any two of them, and skipping it
  // bounds the work per paragraph, which keeps the whole essay linear in its length.
  const maxPostings = 40;
  const links: CrossRef[] = [];
  paragraphs.forEach((from, i) => {
    const best = [...similarTo(index, i, () => false, maxPostings)]
      .filter(([, s]) => s >= threshold)
      .sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    for (const [j, score] of best.slice(0, perParagraph)) {
      const to = paragraphs[j];
      if (to) links.push({ from: from.id, to: to.id, reason: "lexical", score: round(score) });
    }
  });
  return links;
}
