import { STOPWORDS } from "../stopwords.ts";

/** A sentence's tokens (their lower-case forms) and the paragraph it sits in. */
export interface CentralityInput {
  readonly words: readonly { readonly lower: string }[];
  readonly paragraph: number;
}

/**
 * For each sentence, its rank by how much it says what the rest of the essay says, as a share of
 * the essay's sentences: 0 for the most central sentence, near 1 for the least. A sentence's words
 * are weighed by tf-idf (words found in few sentences weigh more), and it is compared by cosine
 * with the whole essay minus itself. Ranks, not raw similarities, so that long and short essays,
 * varied and repetitive ones, compare alike. Counting, scoring and ranking: O(n log n).
 */
export function centrality(sentences: readonly CentralityInput[]): number[] {
  const ranker = new CentralityRanker();
  for (const sentence of sentences) ranker.add(sentence.words);
  return ranker.ranks();
}

/**
 * {@link centrality}, fed one sentence at a time: each sentence's words are turned into word ids
 * as it comes, so a caller need not keep every sentence's tokens alive until the end.
 */
export class CentralityRanker {
  // Content words get ids (-1 marks a function word, looked up once); sentences become id lists.
  readonly #ids = new Map<string, number>();
  readonly #flat: number[] = [];
  readonly #ends: number[] = [];
  readonly #inSentences: number[] = [];
  readonly #total: number[] = [];
  readonly #last: number[] = [];

  /** Adds the next sentence's words (their lower-case forms). */
  add(words: readonly { readonly lower: string }[]): void {
    const s = this.#ends.length;
    const ids = this.#ids;
    const flat = this.#flat;
    const total = this.#total;
    const inSentences = this.#inSentences;
    const last = this.#last;
    for (const { lower: word } of words) {
      let id = ids.get(word);
      if (id === undefined) {
        id = isContentWord(word) ? total.length : -1;
        ids.set(word, id);
        if (id >= 0) {
          inSentences.push(0);
          total.push(0);
          last.push(-1);
        }
      }
      if (id < 0) continue;
      flat.push(id);
      total[id] = (total[id] ?? 0) + 1;
      if (last[id] !== s) {
        last[id] = s;
        inSentences[id] = (inSentences[id] ?? 0) + 1;
      }
    }
    this.#ends.push(flat.length);
  }

  /** Each added sentence's rank, in the order they were added (see {@link centrality}). */
  ranks(): number[] {
    const flat = this.#flat;
    const ends = this.#ends;
    const total = this.#total;
    const inSentences = this.#inSentences;
    const n = ends.length;
    if (n === 0) return [];
    const idf = new Float64Array(total.length);
    let essayNorm = 0;
    for (let id = 0; id < total.length; id++) {
      const weight = Math.log((n + 1) / ((inSentences[id] ?? 0) + 1));
      idf[id] = weight;
      essayNorm += ((total[id] ?? 0) * weight) ** 2;
    }
    essayNorm = Math.sqrt(essayNorm);
    // Per sentence: its own count of each word (a scratch array, cleared after use), then the cosine.
    const own = new Float64Array(total.length);
    const similarity = new Float64Array(n);
    let from = 0;
    for (let s = 0; s < n; s++) {
      const to = ends[s] ?? from;
      for (let k = from; k < to; k++) own[flat[k] as number] = (own[flat[k] as number] ?? 0) + 1;
      let dot = 0;
      let norm = 0;
      for (let k = from; k < to; k++) {
        const id = flat[k] as number;
        const count = own[id] ?? 0;
        if (count === 0) continue;
        const weight = idf[id] ?? 0;
        dot += count * weight * ((total[id] ?? 0) - count) * weight;
        norm += (count * weight) ** 2;
        own[id] = 0;
      }
      similarity[s] = norm === 0 || essayNorm === 0 ? 0 : dot / (Math.sqrt(norm) * essayNorm);
      from = to;
    }
    const order = Array.from({ length: n }, (_, i) => i).sort(
      (a, b) => (similarity[b] ?? 0) - (similarity[a] ?? 0) || a - b,
    );
    const rank = new Array<number>(n);
    order.forEach((sentence, position) => {
      rank[sentence] = position / n;
    });
    return rank;
  }
}

/** True for a word that carries topic: longer than three letters, starting with a letter, not a function word. */
export function isContentWord(word: string): boolean {
  if (word.length <= 3) return false;
  const code = word.charCodeAt(0);
  const letter = (code >= 97 && code <= 122) || (code > 127 && /^\p{L}/u.test(word));
  return letter && !STOPWORDS.has(word);
}
