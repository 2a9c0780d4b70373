import { WORD_PATTERN, wordsOf } from "../claims/tokens.ts";
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

/** The content words of a text (as {@link contentWords} reads them) with the offset of each. */
export function contentWordsAt(text: string): { word: string; at: number }[] {
  const found: { word: string; at: number }[] = [];
  // Lower-cased once, as wordsOf does; where that changes the text's length (a rare letter such
  // as "İ"), the words are read from the text itself so that the offsets stay the text's own.
  const lower = text.toLowerCase();
  const aligned = lower.length === text.length;
  const source = aligned ? (lower.includes("’") ? lower.replaceAll("’", "'") : lower) : text;
  const pattern = new RegExp(WORD_PATTERN.source, WORD_PATTERN.flags);
  for (let match = pattern.exec(source); match !== null; match = pattern.exec(source)) {
    const word = aligned ? match[0] : match[0].toLowerCase().replaceAll("’", "'");
    const term = termOf(word);
    if (term !== undefined) found.push({ word: term, at: match.index });
  }
  return found;
}

// Each word's term (its stem), or undefined for a short or function word, worked out once per word:
// the same few thousand words recur through an essay, and one string per term keeps maps fast.
const TERMS = new Map<string, string | undefined>();

function termOf(word: string): string | undefined {
  let term = TERMS.get(word);
  if (term === undefined && !TERMS.has(word)) {
    term = word.length > 2 && !STOPWORDS.has(word) ? stem(word) : undefined;
    if (TERMS.size < 100_000) TERMS.set(word, term);
  }
  return term;
}

/** A light stem: enough to match "channels" with "channel" and "signals" with "signal". */
export function stem(word: string): string {
  if (word.endsWith("ies") && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith("s") && !word.endsWith("ss") && word.length > 3) return word.slice(0, -1);
  return word;
}
