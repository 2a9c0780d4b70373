import type { Token } from "./tokens.ts";

/** The number of tokens that one of `phrases` (space-separated lower-case words) covers at `at`, or 0. */
export function startsWithPhrase(tokens: readonly Token[], at: number, phrases: readonly string[]): number {
  for (const phrase of phrases) {
    const parts = phrase.split(" ");
    if (parts.every((part, k) => tokens[at + k]?.lower === part)) return parts.length;
  }
  return 0;
}
