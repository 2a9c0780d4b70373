import { STOPWORDS } from "../stopwords.ts";

/** A sentence's lower-case words and the paragraph it sits in. */
export interface CentralityInput {
  readonly words: readonly string[];
  readonly paragraph: number;
}

/**
 * For each of the `candidates` (sentence indexes), the share of its content words that recur in at
 * least four paragraphs: a sentence made of the essay's recurring vocabulary likely states what
 * the essay is about. Only the candidates' words are counted, so the cost stays linear.
 */
export function centrality(sentences: readonly CentralityInput[], candidates: readonly number[]): Map<number, number> {
  const paragraphsOf = new Map<string, Set<number>>();
  const contentOf = new Map<number, string[]>();
  for (const i of candidates) {
    const content = [...new Set((sentences[i]?.words ?? []).filter(isContentWord))];
    contentOf.set(i, content);
    for (const word of content) paragraphsOf.set(word, new Set());
  }
  for (const sentence of sentences) {
    for (const word of sentence.words) paragraphsOf.get(word)?.add(sentence.paragraph);
  }
  const scores = new Map<number, number>();
  for (const [i, content] of contentOf) {
    const recurring = content.filter((word) => (paragraphsOf.get(word)?.size ?? 0) >= 4).length;
    scores.set(i, content.length === 0 ? 0 : recurring / content.length);
  }
  return scores;
}

/** True for a word that carries topic: longer than three letters and not a function word. */
export function isContentWord(word: string): boolean {
  return word.length > 3 && /^\p{L}/u.test(word) && !STOPWORDS.has(word);
}
