import type { Token } from "./tokens.ts";

const split = new Map<readonly string[], readonly (readonly string[])[]>();

/** The number of tokens that one of `phrases` (space-separated lower-case words) covers at `at`, or 0. */
export function startsWithPhrase(tokens: readonly Token[], at: number, phrases: readonly string[]): number {
  let parts = split.get(phrases);
  if (!parts) {
    parts = phrases.map((phrase) => phrase.split(" "));
    split.set(phrases, parts);
  }
  const first = tokens[at]?.lower;
  for (const words of parts) {
    if (words[0] !== first) continue;
    if (words.every((word, k) => tokens[at + k]?.lower === word)) return words.length;
  }
  return 0;
}
