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
  const n = sentences.length;
  if (n === 0) return [];
  // Per content word: in how many sentences it appears, and how often in all.
  const seen = new Map<string, { sentences: number; last: number; count: number }>();
  const bags = sentences.map((sentence, s) => {
    const bag = new Map<string, number>();
    for (const { lower: word } of sentence.words) {
      let entry = seen.get(word);
      if (!entry) {
        if (!isContentWord(word)) continue;
        entry = { sentences: 0, last: -1, count: 0 };
        seen.set(word, entry);
      }
      entry.count++;
      if (entry.last !== s) {
        entry.last = s;
        entry.sentences++;
      }
      bag.set(word, (bag.get(word) ?? 0) + 1);
    }
    return bag;
  });
  const idf = new Map<string, number>();
  let essayNorm = 0;
  for (const [word, entry] of seen) {
    const weight = Math.log((n + 1) / (entry.sentences + 1));
    idf.set(word, weight);
    essayNorm += (entry.count * weight) ** 2;
  }
  essayNorm = Math.sqrt(essayNorm);
  const similarity = bags.map((bag) => {
    let dot = 0;
    let norm = 0;
    for (const [word, count] of bag) {
      const weight = idf.get(word) ?? 0;
      const own = count * weight;
      const rest = ((seen.get(word)?.count ?? 0) - count) * weight;
      dot += own * rest;
      norm += own * own;
    }
    return norm === 0 || essayNorm === 0 ? 0 : dot / (Math.sqrt(norm) * essayNorm);
  });
  const order = similarity.map((_, i) => i).sort((a, b) => (similarity[b] ?? 0) - (similarity[a] ?? 0) || a - b);
  const rank = new Array<number>(n).fill(1);
  order.forEach((sentence, position) => {
    rank[sentence] = position / n;
  });
  return rank;
}

/** True for a word that carries topic: longer than three letters, starting with a letter, not a function word. */
export function isContentWord(word: string): boolean {
  if (word.length <= 3) return false;
  const code = word.charCodeAt(0);
  const letter = (code >= 97 && code <= 122) || (code > 127 && /^\p{L}/u.test(word));
  return letter && !STOPWORDS.has(word);
}
