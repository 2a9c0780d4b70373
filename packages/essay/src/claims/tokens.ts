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

// Words (with inner apostrophes and hyphens), numbers (with inner separators), or one mark.
const TOKEN = /[\p{L}\p{M}]+(?:['’\-.][\p{L}\p{M}\p{N}]+)*\.?|[$€£]?\d(?:[\d,.]*\d)?(?:%|s\b)?|[^\s\p{L}\p{N}]/gu;

/** Splits a sentence into tokens: words, numbers and single punctuation marks. */
export function tokenize(sentence: string): Token[] {
  const tokens: Token[] = [];
  for (const match of sentence.matchAll(TOKEN)) {
    let text = match[0];
    // A dotted abbreviation keeps its final dot ("U.S."); a plain word does not.
    if (text.endsWith(".") && !text.slice(0, -1).includes(".")) text = text.slice(0, -1);
    tokens.push({
      lower: text.toLowerCase().replace(/’/g, "'"),
      text,
      start: match.index,
      end: match.index + text.length,
      capital: /^\p{Lu}/u.test(text),
    });
  }
  return tokens;
}
