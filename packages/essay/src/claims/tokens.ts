/** A word, number or punctuation mark of a sentence, with offsets into the sentence. */
export interface Token {
  /** Lower case, with curly apostrophes straightened. */
  readonly lower: string;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** True when the token starts with a capital letter. */
  readonly capital: boolean;
}

const LETTER = /[\p{L}\p{M}]/u;
const DIGIT_LIKE = /\p{N}/u;
const SPACE = /\s/u;

/**
 * Splits a sentence into tokens: words (with inner apostrophes, hyphens and dots: "don't",
 * "G-7", "U.S."), numbers with their separators and unit ("500,000", "4.5%", "1990s", "$3"),
 * and single punctuation marks. A hand-written scanner: the tagger's hottest loop.
 */
export function tokenize(sentence: string): Token[] {
  const tokens: Token[] = [];
  // Lower-casing once per sentence is cheaper than once per token, when lengths stay aligned.
  const lower = sentence.toLowerCase();
  const lowered = lower.includes("’") ? lower.replaceAll("’", "'") : lower;
  const aligned = lowered.length === sentence.length;
  const n = sentence.length;
  let i = 0;
  while (i < n) {
    const code = sentence.charCodeAt(i);
    if (code === 32 || (code > 127 && SPACE.test(sentence[i] ?? "")) || (code >= 9 && code <= 13)) {
      i++;
      continue;
    }
    let end: number;
    if (isLetter(sentence, i)) end = scanWord(sentence, i);
    else if (isDigit(code) || (isCurrency(code) && isDigit(sentence.charCodeAt(i + 1)))) end = scanNumber(sentence, i);
    else end = i + 1;
    const text = sentence.slice(i, end);
    tokens.push({
      // Most tokens are already lower case: then the one string serves as both forms.
      lower: aligned
        ? lowered.startsWith(text, i)
          ? text
          : lowered.slice(i, end)
        : text.toLowerCase().replaceAll("’", "'"),
      text,
      start: i,
      end,
      capital: code >= 65 && code <= 90 ? true : code > 127 && text[0] !== text[0]?.toLowerCase(),
    });
    i = end;
  }
  return tokens;
}

// The words `tokenize` reads, as one regular expression: letters, joined across an apostrophe,
// hyphen or dot to more letters or digits ("don't", "g-7", "u.s"). Used where only words count.
const WORD = /[\p{L}\p{M}]+(?:['’.-][\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;
/** The pattern of one word as {@link wordsOf} reads it (global: use with `matchAll`). */
export const WORD_PATTERN = WORD;

/** The lower-case words of a text (numbers and punctuation left out), as {@link tokenize} reads them. */
export function wordsOf(text: string): string[] {
  const lower = text.toLowerCase();
  return (lower.includes("’") ? lower.replaceAll("’", "'") : lower).match(WORD) ?? [];
}

function scanWord(s: string, from: number): number {
  let j = from + 1;
  let dotted = false;
  for (;;) {
    while (j < s.length && isLetter(s, j)) j++;
    const joint = s[j];
    const joined = joint === "'" || joint === "’" || joint === "-" || joint === ".";
    if (!joined || j + 1 >= s.length || !(isLetter(s, j + 1) || isDigitAt(s, j + 1))) break;
    if (joint === ".") dotted = true;
    j += 2;
    while (j < s.length && (isLetter(s, j) || isDigitAt(s, j))) j++;
  }
  // A dotted abbreviation keeps its final dot ("U.S."); a plain word leaves it to the sentence.
  return dotted && s[j] === "." ? j + 1 : j;
}

function scanNumber(s: string, from: number): number {
  let j = isCurrency(s.charCodeAt(from)) ? from + 1 : from;
  while (isDigit(s.charCodeAt(j))) j++;
  while ((s[j] === "," || s[j] === ".") && isDigit(s.charCodeAt(j + 1))) {
    j++;
    while (isDigit(s.charCodeAt(j))) j++;
  }
  if (s[j] === "%") return j + 1;
  if (s[j] === "s" && !(isLetter(s, j + 1) || isDigitAt(s, j + 1))) return j + 1;
  return j;
}

function isLetter(s: string, i: number): boolean {
  const code = s.charCodeAt(i);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  return LETTER.test(s[i] ?? "");
}

function isDigitAt(s: string, i: number): boolean {
  const code = s.charCodeAt(i);
  return isDigit(code) || (code > 127 && DIGIT_LIKE.test(s[i] ?? ""));
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isCurrency(code: number): boolean {
  return code === 36 || code === 8364 || code === 163;
}
