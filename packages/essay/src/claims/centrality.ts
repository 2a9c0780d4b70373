import { STOPWORDS } from "./stopwords.ts";

/** A sentence and the paragraph it sits in. */
export interface CentralityInput {
  readonly text: string;
  readonly paragraph: number;
}

const WORD = /\p{L}[\p{L}'’-]+/gu;

/**
 * For each sentence, the share of its content words that recur in at least three other paragraphs:
 * a sentence made of the essay's recurring vocabulary is likely to state what the essay is about.
 */
export function centrality(sentences: readonly CentralityInput[]): number[] {
  const paragraphsOf = new Map<string, Set<number>>();
  const wordsOf = sentences.map((sentence) => contentWords(sentence.text));
  wordsOf.forEach((words, i) => {
    for (const word of words) {
      const seen = paragraphsOf.get(word) ?? new Set<number>();
      seen.add(sentences[i]?.paragraph ?? 0);
      paragraphsOf.set(word, seen);
    }
  });
  return wordsOf.map((words) => {
    if (words.size === 0) return 0;
    let recurring = 0;
    for (const word of words) if ((paragraphsOf.get(word)?.size ?? 0) >= 4) recurring++;
    return recurring / words.size;
  });
}

function contentWords(text: string): Set<string> {
  const found = new Set<string>();
  for (const [word] of text.toLowerCase().matchAll(WORD)) {
    const stem = word.replace(/(?:ing|ed|es|s)$/, "");
    if (stem.length > 3 && !STOPWORDS.has(word)) found.add(stem);
  }
  return found;
}
