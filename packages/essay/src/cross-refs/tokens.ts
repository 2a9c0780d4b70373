import { wordsOf } from "../claims/tokens.ts";
import { STOPWORDS } from "../stopwords.ts";

/**
 * Lower-cased content words of a text, with a crude plural fold ("channels" → "channel"): the
 * claim tagger's tokeniser, its words only, less the shared stop-words.
 */
export function contentWords(text: string): string[] {
  const words: string[] = [];
  for (const word of wordsOf(text)) if (word.length > 2 && !STOPWORDS.has(word)) words.push(stem(word));
  return words;
}

/** A light stem: enough to match "channels" with "channel" and "signals" with "signal". */
export function stem(word: string): string {
  if (word.endsWith("ies") && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith("s") && !word.endsWith("ss") && word.length > 3) return word.slice(0, -1);
  return word;
}
