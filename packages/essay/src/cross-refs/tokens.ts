import { tokenize } from "../claims/tokens.ts";
import { STOPWORDS } from "../stopwords.ts";

/**
 * Lower-cased content words of a text, with a crude plural fold ("channels" → "channel"): the
 * claim tagger's tokeniser, its words only, less the shared stop-words.
 */
export function contentWords(text: string): string[] {
  const words: string[] = [];
  for (const token of tokenize(text)) {
    const word = token.lower;
    if (word.length > 2 && isLetter(word.charCodeAt(0), word) && !STOPWORDS.has(word)) words.push(stem(word));
  }
  return words;
}

/** A light stem: enough to match "channels" with "channel" and "signals" with "signal". */
export function stem(word: string): string {
  if (word.endsWith("ies") && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith("s") && !word.endsWith("ss") && word.length > 3) return word.slice(0, -1);
  return word;
}

function isLetter(code: number, word: string): boolean {
  return (code >= 97 && code <= 122) || (code > 127 && /^\p{L}/u.test(word));
}
