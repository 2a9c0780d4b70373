import { BEFORE_NUMBER, NEVER_FINAL, SENTENCE_OPENERS, SOMETIMES_FINAL, TIME_OF_DAY } from "./abbreviations.ts";
import type { Sentence } from "./types.ts";

// A candidate end: terminal punctuation, then any closing quotes or brackets, then a space.
const CANDIDATE = /([.!?…]+)(["'”’»)\]]*)(?=\s+|$)/gu;
// Spaced ellipses (". . ." and ". . . ."): an elision, never a run of sentence ends.
const SPACED_ELLIPSIS = /\.(?:[ \u00A0]\.){2,}/gu;
// A list marker standing alone before its item: "1.", "1.)", "a.", "iv.", "• 9.", "2d.", "First.".
const LIST_MARKER =
  /^(?:[•*·▪‣◦–-]\s*)?(?:\d{1,3}(?:st|nd|rd|th|d)?|[a-z]|[ivxlc]{1,6}|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\.\)?$/iu;
// What may follow a sentence without being one: an emoticon, a bracketed elision.
const TRAILER = /^(?:[;:]-?[()DPp](?=\s|$)|[([]\s*(?:\.\s*){3}[)\]]|[([]…[)\]])/u;
// A parenthetical citation after a closing quote: "(Smith 2004, p. 3)".
const CITATION = /^\([^()]{1,80}\)/u;

/**
 * Splits a paragraph into sentences, as offsets into its text. Abbreviations ("U.S.", "Mr.",
 * "J. Madison", "e.g.", "N°."), elisions (". . .", "[...]", "(...)"), list markers ("1.", "a.")
 * and emoticons never end or make a sentence; closing quotes and a citation after them stay with it.
 * `extraAbbreviations` adds a language's own (lower case, without the dot).
 */
export function splitSentences(text: string, extraAbbreviations?: ReadonlySet<string>): Sentence[] {
  const sentences: Sentence[] = [];
  const ellipses = spacedEllipses(text);
  let start = skipSpace(text, 0);
  for (const match of text.matchAll(CANDIDATE)) {
    let end = match.index + match[0].length;
    if (end <= start) continue;
    const ellipsis = ellipses.get(match.index);
    if (ellipses.has(-match.index - 1)) continue;
    // Three spaced dots elide words inside a sentence; a fourth ends it before a capital.
    if (ellipsis && (ellipsis.dots < 4 || !capitalFollows(text, ellipsis.end))) continue;
    if (LIST_MARKER.test(text.slice(start, end))) continue;
    if (isBracketedElision(text, match.index, match[1] ?? "")) continue;
    if (end < text.length && !endsSentence(text, match.index, match[1] ?? "", end, extraAbbreviations)) continue;
    end = absorbCitation(text, match[2] ?? "", end);
    pushSentence(sentences, text, start, end);
    start = skipSpace(text, end);
    start = absorbTrailer(sentences, text, start);
  }
  if (start < text.length) pushSentence(sentences, text, start, trimEnd(text, text.length));
  return sentences;
}

interface Ellipsis {
  readonly end: number;
  readonly dots: number;
}

// Keyed by the offset of each ellipsis's last dot (where CANDIDATE matches it); the other dots are
// stored under -offset-1 so that a candidate on them is skipped.
function spacedEllipses(text: string): Map<number, Ellipsis> {
  const found = new Map<number, Ellipsis>();
  if (!text.includes(". .")) return found;
  for (const match of text.matchAll(SPACED_ELLIPSIS)) {
    const end = match.index + match[0].length;
    const dots = match[0].replaceAll(/[^.]/g, "").length;
    for (let i = match.index; i < end - 1; i++) if (text[i] === ".") found.set(-i - 1, { end, dots });
    found.set(end - 1, { end, dots });
  }
  return found;
}

function isBracketedElision(text: string, at: number, punctuation: string): boolean {
  if (punctuation !== "..." && punctuation !== "…") return false;
  const before = text[at - 1];
  return before === "[" || before === "(";
}

// After a closing quote, a short parenthetical citation belongs to the sentence it cites.
function absorbCitation(text: string, closers: string, end: number): number {
  if (!/["”’']$/u.test(closers)) return end;
  const from = skipSpace(text, end);
  const citation = CITATION.exec(text.slice(from, from + 82));
  if (!citation) return end;
  const after = from + citation[0].length;
  return text[after] === "." ? after + 1 : after;
}

// An emoticon or a bracketed elision after a sentence end joins that sentence.
function absorbTrailer(out: Sentence[], text: string, start: number): number {
  const trailer = TRAILER.exec(text.slice(start, start + 12));
  const previous = out[out.length - 1];
  if (!trailer || !previous) return start;
  const end = start + trailer[0].length;
  out[out.length - 1] = { start: previous.start, end, text: text.slice(previous.start, end) };
  return skipSpace(text, end);
}

function pushSentence(out: Sentence[], text: string, start: number, end: number): void {
  if (end <= start) return;
  const previous = out[out.length - 1];
  // A piece with no letters or digits (".", "…", ";)") is never a sentence of its own.
  if (previous && !/[\p{L}\p{N}]/u.test(text.slice(start, end))) {
    out[out.length - 1] = { start: previous.start, end, text: text.slice(previous.start, end) };
    return;
  }
  out.push({ start, end, text: text.slice(start, end) });
}

function capitalFollows(text: string, from: number): boolean {
  const next = nextWord(text, from);
  return /^["'“‘(]?\p{Lu}/u.test(next);
}

function endsSentence(
  text: string,
  at: number,
  punctuation: string,
  end: number,
  extra: ReadonlySet<string> | undefined,
): boolean {
  const next = nextWord(text, end);
  if (next === "") return true;
  const first = next[0] ?? "";
  const quoted = first === "(" || first === "“" || first === "‘" || first === '"' || first === "'";
  const letter = quoted ? (next[1] ?? "") : first;
  // A lower-case continuation ("e.g. the", "? he asked") never starts a new sentence, unless
  // it is the next item's marker ("… the rules. b. Sign …").
  if (/\p{Ll}/u.test(letter))
    return /^[a-z][.)]$/u.test(next) && /[.!?]$/u.test(punctuation) && wordBefore(text, at).length > 1;
  if (punctuation !== ".") return true;
  const word = wordBefore(text, at);
  const key = word.toLowerCase();
  const opener = SENTENCE_OPENERS.has(
    next
      .slice(quoted ? 1 : 0)
      .replace(/[^\p{L}].*$/u, "")
      .toLowerCase(),
  );
  if (NEVER_FINAL.has(key) || extra?.has(key)) return false;
  // "No. 10", and "No. I", "Vol. IV", "Chap. xvi" with a roman numeral.
  if (BEFORE_NUMBER.has(key) && /^(?:\d|[IVXLC]+\b|[ivxlc]+\.)/u.test(next)) return false;
  if (SOMETIMES_FINAL.has(key)) return opener;
  // "…than I. Then…", "…at 5 P.M. The…": these end before any capital.
  if (word === "I" || TIME_OF_DAY.has(key)) return /\p{Lu}/u.test(letter);
  // Initials ("J. Madison") and dotted abbreviations ("U.S. officials") end only before an opener.
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
