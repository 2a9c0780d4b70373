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

// Words (with inner apostrophes, hyphens and dots), numbers (with inner separators), or one mark.
const TOKEN = /[\p{L}\p{M}]+(?:['’\-.][\p{L}\p{M}\p{N}]+)*\.?|[$€£]?\d(?:[\d,.]*\d)?(?:%|s\b)?|[^\s\p{L}\p{N}]/gu;

/** Splits a sentence into tokens: words, numbers and single punctuation marks. */
export function tokenize(sentence: string): Token[] {
  const tokens: Token[] = [];
  // Lower-casing once per sentence is much cheaper than once per token; offsets stay aligned
  // because the straightened apostrophe is one code unit like the curly one.
  const lowered = sentence.toLowerCase().replaceAll("’", "'");
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(sentence); match !== null; match = TOKEN.exec(sentence)) {
    const start = match.index;
    let end = start + match[0].length;
    // A dotted abbreviation keeps its final dot ("U.S."); a plain word does not.
    if (sentence.charCodeAt(end - 1) === 46 && end - start > 1 && !sentence.slice(start, end - 1).includes(".")) end--;
    const first = sentence.charCodeAt(start);
    tokens.push({
      lower: lowered.slice(start, end),
      text: sentence.slice(start, end),
      start,
      end,
      capital: first >= 65 && first <= 90 ? true : first > 127 && isUpper(sentence[start] ?? ""),
    });
  }
  return tokens;
}

function isUpper(char: string): boolean {
  return char !== char.toLowerCase();
}
