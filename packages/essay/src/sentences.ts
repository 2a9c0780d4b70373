import { BEFORE_NUMBER, NEVER_FINAL, SENTENCE_OPENERS, SOMETIMES_FINAL } from "./abbreviations.ts";
import type { Sentence } from "./types.ts";

// A candidate end: terminal punctuation, then any closing quotes or brackets, then a space.
const CANDIDATE = /([.!?…]+)(["'”’»)\]]*)(?=\s+|$)/gu;

/**
 * Splits a paragraph into sentences, as offsets into its text. Abbreviations ("U.S.",
 * "Mr.", "V. Putin", "e.g.") never end a sentence; closing quotes stay with their sentence.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = skipSpace(text, 0);
  for (const match of text.matchAll(CANDIDATE)) {
    const end = match.index + match[0].length;
    if (end <= start) continue;
    if (end < text.length && !endsSentence(text, match.index, match[1] ?? "", end)) continue;
    pushSentence(sentences, text, start, end);
    start = skipSpace(text, end);
  }
  if (start < text.length) pushSentence(sentences, text, start, trimEnd(text, text.length));
  return sentences;
}

function pushSentence(out: Sentence[], text: string, start: number, end: number): void {
  if (end > start) out.push({ start, end, text: text.slice(start, end) });
}

function endsSentence(text: string, at: number, punctuation: string, end: number): boolean {
  const next = nextWord(text, end);
  if (next === "") return true;
  const first = next[0] ?? "";
  const quoted = first === "(" || first === "“" || first === "‘" || first === '"' || first === "'";
  const letter = quoted ? (next[1] ?? "") : first;
  // A lower-case continuation ("e.g. the", "? he asked") never starts a new sentence.
  if (/\p{Ll}/u.test(letter)) return false;
  if (punctuation !== ".") return true;
  const word = wordBefore(text, at);
  const key = word.toLowerCase();
  const opener = SENTENCE_OPENERS.has(
    next
      .slice(quoted ? 1 : 0)
      .replace(/[^\p{L}].*$/u, "")
      .toLowerCase(),
  );
  if (NEVER_FINAL.has(key)) return false;
  if (BEFORE_NUMBER.has(key) && /^\d/.test(next)) return false;
  if (SOMETIMES_FINAL.has(key)) return opener;
  // Initials ("V. Putin") and dotted abbreviations ("U.S. officials") end only before an opener.
  if (/^\p{Lu}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word)) return opener;
  return true;
}

function wordBefore(text: string, at: number): string {
  let i = at;
  while (i > 0 && !/[\s(“"‘'[—–-]/u.test(text[i - 1] ?? "")) i--;
  return text.slice(i, at);
}

function nextWord(text: string, from: number): string {
  const start = skipSpace(text, from);
  const match = /^\S+/u.exec(text.slice(start, start + 40));
  return match ? match[0] : "";
}

function skipSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && /\s/u.test(text[i] ?? "")) i++;
  return i;
}

function trimEnd(text: string, end: number): number {
  let i = end;
  while (i > 0 && /\s/u.test(text[i - 1] ?? "")) i--;
  return i;
}
