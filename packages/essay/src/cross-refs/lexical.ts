import type { CrossRef, ParagraphId } from "../types.ts";
import { impactOrdered, round, tfIdf } from "./tf-idf.ts";

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
  // One score slot per paragraph, reused for every paragraph (as the library-wide links do).
  const scores = new Float64Array(paragraphs.length);
  const touched: number[] = [];
  paragraphs.forEach((from, i) => {
    for (const [term, w] of index.vectors[i] ?? []) {
      const postings = index.postings.get(term);
      if (postings === undefined) continue;
      const weights = index.weights.get(term);
      for (let k = 0; k < postings.length; k++) {
        const j = postings[k] ?? 0;
        if (j === i) continue;
        if (scores[j] === 0) touched.push(j);
        scores[j] = (scores[j] ?? 0) + w * (weights?.[k] ?? 0);
      }
    }
    const best = touched
      .filter((j) => (scores[j] ?? 0) >= threshold)
      .sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0) || a - b)
      .slice(0, perParagraph);
    for (const j of best) {
      const to = paragraphs[j];
      if (to) links.push({ from: from.id, to: to.id, reason: "lexical", score: round(scores[j] ?? 0) });
    }
    for (const j of touched) scores[j] = 0;
    touched.length = 0;
  });
  return links;
}
