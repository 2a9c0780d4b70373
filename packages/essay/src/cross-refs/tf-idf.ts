import { contentWords } from "./tokens.ts";

/** Unit-length TF-IDF vectors of a set of texts, with the inverted index that built them. */
export interface TfIdf {
  /** Per text: term → weight, normalised to length 1. */
  readonly vectors: readonly Map<string, number>[];
  /** Per term: the indexes of the texts that use it. */
  readonly postings: ReadonlyMap<string, readonly number[]>;
}

/**
 * Builds TF-IDF vectors (log term frequency, smoothed IDF) and an inverted index over texts, or
 * over their content words when the caller has read them already.
 */
export function tfIdf(
  texts: readonly string[],
  words: readonly (readonly string[])[] = texts.map((text) => contentWords(text)),
): TfIdf {
  const counts = words.map(termCounts);
  const postings = new Map<string, number[]>();
  counts.forEach((vector, i) => {
    for (const term of vector.keys()) (postings.get(term) ?? postings.set(term, []).get(term))?.push(i);
  });
  const idf = new Map<string, number>();
  for (const [term, uses] of postings) idf.set(term, Math.log(1 + texts.length / uses.length));
  return { vectors: counts.map((vector) => weigh(vector, idf)), postings };
}

/** A TF-IDF index whose postings are impact-ordered and carry each text's weight for the term. */
export interface ImpactIndex extends TfIdf {
  /** Per term: how many texts use it (before the postings were cut). */
  readonly df: ReadonlyMap<string, number>;
  /** Per term: the weight of the term in each text of its postings, in the same order. */
  readonly weights: ReadonlyMap<string, Float64Array>;
}

/**
 * The same index with each term's postings sorted by the term's weight in each text, heaviest
 * first, and cut after `keep` (the full count is kept in `df`): lookups then walk only the
 * texts where a term matters most. Terms used by more than `maxDf` texts, which lookups skip,
 * keep only their `df` (no postings, no weights).
 */
export function impactOrdered(index: TfIdf, keep: number, maxDf = Infinity): ImpactIndex {
  const postings = new Map<string, readonly number[]>();
  const weights = new Map<string, Float64Array>();
  const df = new Map<string, number>();
  for (const [term, texts] of index.postings) {
    df.set(term, texts.length);
    if (texts.length > maxDf) continue;
    const all = Float64Array.from(texts, (j) => index.vectors[j]?.get(term) ?? 0);
    if (texts.length <= keep) {
      postings.set(term, texts);
      weights.set(term, all);
      continue;
    }
    // Each text's weight is read once, then the positions are sorted by it (ties in text order).
    const order = Array.from(texts, (_, k) => k).sort(
      (a, b) => (all[b] ?? 0) - (all[a] ?? 0) || (texts[a] ?? 0) - (texts[b] ?? 0),
    );
    order.length = keep;
    postings.set(
      term,
      order.map((k) => texts[k] ?? 0),
    );
    weights.set(
      term,
      Float64Array.from(order, (k) => all[k] ?? 0),
    );
  }
  return { vectors: index.vectors, postings, df, weights };
}

/**
 * A reusable scorer over an impact index: the texts most similar to text `i` by cosine score,
 * walking only the postings of its own terms (terms without postings are skipped), leaving out
 * the texts `skip` names, best first, at most `count` of them and none below `threshold` or
 * sharing fewer than `minShared` of its indexed terms. One score slot per text is kept and
 * cleared between calls, so no map is built per lookup.
 */
export function nearestTexts(
  index: ImpactIndex,
  size: number,
  minShared = 1,
): (i: number, skip: (j: number) => boolean, count: number, threshold: number) => { text: number; score: number }[] {
  const scores = new Float64Array(size);
  const shared = new Uint32Array(size);
  const touched: number[] = [];
  return (i, skip, count, threshold) => {
    for (const [term, w] of index.vectors[i] ?? []) {
      const postings = index.postings.get(term);
      if (postings === undefined) continue;
      const weights = index.weights.get(term);
      for (let k = 0; k < postings.length; k++) {
        const j = postings[k] ?? 0;
        if (skip(j)) continue;
        if (shared[j] === 0) touched.push(j);
        shared[j] = (shared[j] ?? 0) + 1;
        scores[j] = (scores[j] ?? 0) + w * (weights?.[k] ?? 0);
      }
    }
    // The best `count`, best first (ties in text order), kept by insertion: no sort of them all.
    const best: { text: number; score: number }[] = [];
    for (const j of touched) {
      const score = scores[j] ?? 0;
      if (score < threshold || (shared[j] ?? 0) < minShared) continue;
      let at = best.length;
      while (at > 0 && precedes(score, j, best[at - 1] as { text: number; score: number })) at--;
      if (at >= count) continue;
      best.splice(at, 0, { text: j, score });
      if (best.length > count) best.pop();
    }
    for (const j of touched) {
      scores[j] = 0;
      shared[j] = 0;
    }
    touched.length = 0;
    return best;
  };
}

// True when a text scoring `score` at index `j` ranks before `other`: higher score, then lower index.
function precedes(score: number, j: number, other: { text: number; score: number }): boolean {
  return score > other.score || (score === other.score && j < other.text);
}

/** Rounds a score to three decimals for stable JSON. */
export function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

function termCounts(words: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

function weigh(counts: Map<string, number>, idf: ReadonlyMap<string, number>): Map<string, number> {
  const weighted = new Map<string, number>();
  let norm = 0;
  for (const [term, count] of counts) {
    const w = (1 + Math.log(count)) * (idf.get(term) ?? 0);
    weighted.set(term, w);
    norm += w * w;
  }
  const length = Math.sqrt(norm) || 1;
  for (const [term, w] of weighted) weighted.set(term, w / length);
  return weighted;
}
