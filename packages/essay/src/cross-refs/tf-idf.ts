import { contentWords } from "./tokens.ts";

/** One text's TF-IDF vector: its terms (as ids, in the order the text first uses them) and their weights. */
export interface TermVector {
  readonly terms: Int32Array;
  /** Normalised to length 1. */
  readonly weights: Float64Array;
}

/** Unit-length TF-IDF vectors of a set of texts, with the inverted index that built them. */
export interface TfIdf {
  /** Per text, its vector. */
  readonly vectors: readonly TermVector[];
  /** Per term id: the indexes of the texts that use it. */
  readonly postings: readonly (readonly number[])[];
}

/**
 * Builds TF-IDF vectors (log term frequency, smoothed IDF) and an inverted index over texts, or
 * over their content words when the caller has read them already. Terms are numbered as they are
 * first met, so that vectors and postings are typed arrays rather than maps of strings.
 */
export function tfIdf(
  texts: readonly string[],
  words: readonly (readonly string[])[] = texts.map((text) => contentWords(text)),
): TfIdf {
  const ids = new Map<string, number>();
  const postings: number[][] = [];
  // Per text: its distinct terms in first-use order and each one's count, counted in a scratch
  // array indexed by term id (cleared after each text).
  const counts: { terms: Int32Array; counts: Float64Array }[] = [];
  const scratch: number[] = [];
  const seen: number[] = [];
  words.forEach((list, i) => {
    for (const word of list) {
      let id = ids.get(word);
      if (id === undefined) {
        id = postings.length;
        ids.set(word, id);
        postings.push([]);
        scratch.push(0);
      }
      if (scratch[id] === 0) {
        seen.push(id);
        postings[id]?.push(i);
      }
      scratch[id] = (scratch[id] ?? 0) + 1;
    }
    const terms = Int32Array.from(seen);
    counts.push({ terms, counts: Float64Array.from(seen, (id) => scratch[id] ?? 0) });
    for (const id of seen) scratch[id] = 0;
    seen.length = 0;
  });
  const idf = Float64Array.from(postings, (uses) => Math.log(1 + texts.length / uses.length));
  return { vectors: counts.map((vector) => weigh(vector, idf)), postings };
}

/** A TF-IDF index whose postings are impact-ordered and carry each text's weight for the term. */
export interface ImpactIndex extends TfIdf {
  /** Per term id: how many texts use it (before the postings were cut). */
  readonly df: Int32Array;
  /** Per term id: the weight of the term in each text of its postings, in the same order (undefined when skipped). */
  readonly weights: readonly (Float64Array | undefined)[];
  /** Per term id: its postings after the cut, or undefined for a term that lookups skip. */
  readonly walked: readonly (readonly number[] | undefined)[];
}

/**
 * The same index with each term's postings sorted by the term's weight in each text, heaviest
 * first, and cut after `keep` (the full count is kept in `df`): lookups then walk only the
 * texts where a term matters most. Terms used by more than `maxDf` texts, which lookups skip,
 * keep only their `df` (no postings, no weights).
 */
export function impactOrdered(index: TfIdf, keep: number, maxDf = Infinity): ImpactIndex {
  const terms = index.postings.length;
  const walked = new Array<readonly number[] | undefined>(terms);
  const weights = new Array<Float64Array | undefined>(terms);
  const df = new Int32Array(terms);
  // Each term's weight in each text that uses it, read from the vectors once.
  const weightIn = index.postings.map((texts) => new Float64Array(texts.length));
  const filled = new Int32Array(terms);
  for (const vector of index.vectors) {
    for (let k = 0; k < vector.terms.length; k++) {
      const id = vector.terms[k] as number;
      const at = filled[id] ?? 0;
      (weightIn[id] as Float64Array)[at] = vector.weights[k] as number;
      filled[id] = at + 1;
    }
  }
  index.postings.forEach((texts, id) => {
    df[id] = texts.length;
    if (texts.length > maxDf) return;
    const all = weightIn[id] as Float64Array;
    if (texts.length <= keep) {
      walked[id] = texts;
      weights[id] = all;
      return;
    }
    // The positions are sorted by each text's weight (ties in text order).
    const order = Array.from(texts, (_, k) => k).sort(
      (a, b) => (all[b] ?? 0) - (all[a] ?? 0) || (texts[a] ?? 0) - (texts[b] ?? 0),
    );
    order.length = keep;
    walked[id] = order.map((k) => texts[k] ?? 0);
    weights[id] = Float64Array.from(order, (k) => all[k] ?? 0);
  });
  return { vectors: index.vectors, postings: index.postings, df, weights, walked };
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
    const vector = index.vectors[i];
    const terms = vector?.terms ?? new Int32Array(0);
    for (let t = 0; t < terms.length; t++) {
      const term = terms[t] as number;
      const postings = index.walked[term];
      if (postings === undefined) continue;
      const w = vector?.weights[t] ?? 0;
      const weights = index.weights[term];
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

function weigh(vector: { terms: Int32Array; counts: Float64Array }, idf: Float64Array): TermVector {
  const weights = new Float64Array(vector.terms.length);
  let norm = 0;
  for (let k = 0; k < weights.length; k++) {
    const w = (1 + Math.log(vector.counts[k] as number)) * (idf[vector.terms[k] as number] ?? 0);
    weights[k] = w;
    norm += w * w;
  }
  const length = Math.sqrt(norm) || 1;
  for (let k = 0; k < weights.length; k++) weights[k] = (weights[k] as number) / length;
  return { terms: vector.terms, weights };
}
