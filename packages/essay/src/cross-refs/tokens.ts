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

/** The content words of a text (as {@link contentWords} reads them) with the offset of each. */
export function contentWordsAt(text: string): { word: string; at: number }[] {
  const found: { word: string; at: number }[] = [];
  // Lower-cased once, as wordsOf does; where that changes the text's length (a rare letter such
  // as "İ"), the words are read from the text itself so that the offsets stay the text's own.
  const lower = text.toLowerCase();
  const aligned = lower.length === text.length;
  const source = aligned ? (lower.includes("’") ? lower.replaceAll("’", "'") : lower) : text;
  // The words WORD_PATTERN matches, found by a scan of character codes: no match object per word.
  for (let i = 0; i < source.length; ) {
    const start = letterOrMarkLength(source, i);
    if (start === 0) {
      i += codePointLength(source, i);
      continue;
    }
    const end = wordEnd(source, i + start);
    const raw = source.slice(i, end);
    const term = termOf(aligned ? raw : raw.toLowerCase().replaceAll("’", "'"));
    if (term !== undefined) found.push({ word: term, at: i });
    i = end;
  }
  return found;
}

// WORD_PATTERN, /[\p{L}\p{M}]+(?:['’.-][\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}]*)*/u, from just after
// its first letter: where the word that starts there ends.
function wordEnd(s: string, from: number): number {
  let j = from;
  for (let step = letterOrMarkLength(s, j); step > 0; step = letterOrMarkLength(s, j)) j += step;
  for (;;) {
    const joint = s.charCodeAt(j);
    // ' ’ . -
    if (joint !== 39 && joint !== 8217 && joint !== 46 && joint !== 45) return j;
    let step = wordCharLength(s, j + 1);
    if (step === 0) return j;
    j += 1 + step;
    for (step = wordCharLength(s, j); step > 0; step = wordCharLength(s, j)) j += step;
  }
}

const LETTER_OR_MARK = /^[\p{L}\p{M}]/u;
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]/u;

// The length (1 or 2 code units) of the letter or mark at `i`, or 0 when there is none.
function letterOrMarkLength(s: string, i: number): number {
  const code = s.charCodeAt(i);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) ? 1 : 0;
  if (Number.isNaN(code)) return 0;
  const length = codePointLength(s, i);
  return LETTER_OR_MARK.test(s.slice(i, i + length)) ? length : 0;
}

// The same for a letter, mark or number.
function wordCharLength(s: string, i: number): number {
  const code = s.charCodeAt(i);
  if (code < 128)
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) ? 1 : 0;
  if (Number.isNaN(code)) return 0;
  const length = codePointLength(s, i);
  return WORD_CHAR.test(s.slice(i, i + length)) ? length : 0;
}

function codePointLength(s: string, i: number): number {
  const code = s.charCodeAt(i);
  if (code < 0xd800 || code > 0xdbff) return 1;
  const next = s.charCodeAt(i + 1);
  return next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
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
