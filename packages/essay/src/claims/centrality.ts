import { STOPWORDS } from "../stopwords.ts";

/** A sentence's tokens (their lower-case forms) and the paragraph it sits in. */
export interface CentralityInput {
  readonly words: readonly { readonly lower: string }[];
  readonly paragraph: number;
}

/**
 * For each sentence, the share of its content words that recur in at least four paragraphs: a
 * sentence made of the essay's recurring vocabulary likely states what the essay is about.
 * One pass counts each word's paragraphs, a second scores the sentences (a repeated word counts
 * each time): linear in the text.
 */
export function centrality(sentences: readonly CentralityInput[]): number[] {
  // Per content word: the last paragraph it was seen in, and how many paragraphs it appeared in.
  const seen = new Map<string, { last: number; paragraphs: number }>();
  for (const sentence of sentences) {
    for (const { lower: word } of sentence.words) {
      const entry = seen.get(word);
      if (entry) {
        if (entry.last !== sentence.paragraph) {
          entry.last = sentence.paragraph;
          entry.paragraphs++;
        }
      } else if (isContentWord(word)) seen.set(word, { last: sentence.paragraph, paragraphs: 1 });
    }
  }
  return sentences.map((sentence) => {
    let content = 0;
    let recurring = 0;
    for (const { lower: word } of sentence.words) {
      const entry = seen.get(word);
      if (!entry) continue;
      content++;
      if (entry.paragraphs >= 4) recurring++;
    }
    return content === 0 ? 0 : recurring / content;
  });
}

/** True for a word that carries topic: longer than three letters, starting with a letter, not a function word. */
export function isContentWord(word: string): boolean {
  if (word.length <= 3) return false;
  const code = word.charCodeAt(0);
  const letter = (code >= 97 && code <= 122) || (code > 127 && /^\p{L}/u.test(word));
  return letter && !STOPWORDS.has(word);
}
