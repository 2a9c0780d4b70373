import type { CrossRef, ParagraphId } from "../types.ts";
import { contentWords } from "./tokens.ts";

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
  const vectors = paragraphs.map((paragraph) => termCounts(contentWords(paragraph.text)));
  const postings = new Map<string, number[]>();
  vectors.forEach((vector, i) => {
    for (const term of vector.keys()) (postings.get(term) ?? postings.set(term, []).get(term))?.push(i);
  });
  const idf = (term: string): number => Math.log(1 + paragraphs.length / (postings.get(term)?.length ?? 1));
  const weights = vectors.map((vector) => weigh(vector, idf));
  const links: CrossRef[] = [];
  weights.forEach((weight, i) => {
    const scores = new Map<number, number>();
    for (const [term, w] of weight) {
      for (const j of postings.get(term) ?? []) {
        if (j !== i) scores.set(j, (scores.get(j) ?? 0) + w * (weights[j]?.get(term) ?? 0));
      }
    }
    const best = [...scores].filter(([, s]) => s >= threshold).sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    for (const [j, score] of best.slice(0, perParagraph)) {
      const from = paragraphs[i];
      const to = paragraphs[j];
      if (from && to) links.push({ from: from.id, to: to.id, reason: "lexical", score: round(score) });
    }
  });
  return links;
}

function termCounts(words: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

function weigh(counts: Map<string, number>, idf: (term: string) => number): Map<string, number> {
  const weighted = new Map<string, number>();
  let norm = 0;
  for (const [term, count] of counts) {
    const w = (1 + Math.log(count)) * idf(term);
    weighted.set(term, w);
    norm += w * w;
  }
  const length = Math.sqrt(norm) || 1;
  for (const [term, w] of weighted) weighted.set(term, w / length);
  return weighted;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
