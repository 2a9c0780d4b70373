import type { Token } from "./tokens.ts";
import { words } from "./word-classes.ts";

/** Month names and their abbreviations, lower case. */
export const MONTHS = words(
  "january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec",
);

// Units that make a number a span of time rather than a checkable figure ("the last 30 years").
const DURATIONS = words(
  "year years month months week weeks day days hour hours minute minutes decade decades century centuries times",
);
// Words that make a number a checkable quantity even when it is small ("3 percent", "2 million").
const MAGNITUDES = words("percent per cent million millions billion billions trillion thousand hundred");

/**
 * The checkable figure a number token states, or undefined: a date ("2014", "the 1990s", "May 5"),
 * a quantity ("500,000", "4.5%", "$2 billion"). Spans of time ("30 years") and small counts are not.
 */
export function figureAt(tokens: readonly Token[], i: number): string | undefined {
  const token = tokens[i];
  if (!token || !/^[$€£]?\d/.test(token.text)) return undefined;
  const next = tokens[i + 1];
  const previous = tokens[i - 1]?.lower ?? "";
  // Glued to letters: an ordinal or a name ("18th", "G-7").
  if (next && next.start === token.end && /^\p{L}/u.test(next.text)) return undefined;
  if (!isQuantityShape(tokens, i) || isVersion(tokens, i)) return undefined;
  if (MONTHS.has(previous) && /^\d{1,2}$/.test(token.text)) return `date:${tokens[i - 1]?.text} ${token.text}`;
  if (/^\d{4}s$|^\d{2}s$/.test(token.text)) return `date:${token.text}`;
  if (/^(?:1\d|20)\d\d$/.test(token.text) && !DURATIONS.has(next?.lower ?? "")) {
    return MONTHS.has(previous) ? `date:${tokens[i - 1]?.text} ${token.text}` : `date:${token.text}`;
  }
  if (DURATIONS.has(next?.lower ?? ""))
    return measuredSpan(tokens, i) ? `number:${token.text} ${next?.text}` : undefined;
  if (/[%$€£]|\d[,.]\d/.test(token.text) || MAGNITUDES.has(next?.lower ?? "")) return `number:${token.text}`;
  return Number(token.text) >= 10 ? `number:${token.text}` : undefined;
}

// Words that name what a version number numbers ("version 2.1", "the 1.0 release").
const VERSIONED = words("version versions release releases v ver edition revision rev build beta alpha rc");

// "Go 1.5", "Python 3.12", "version 2.0", "the 1.0 release", "1.2.3", "1.x": numbers that name a
// release (an identifier), not a quantity. A decimal after a capitalised name or a version word, or
// before one, or with more than one dot.
function isVersion(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i] as Token;
  const previous = tokens[i - 1];
  const next = tokens[i + 1];
  // "1.x": a series of releases.
  const series = tokens[i + 2];
  if (next?.text === "." && next.start === token.end && series?.lower === "x" && series.start === next.end) return true;
  if (!/^\d+\.\d+$/.test(token.text)) return /^\d+\.\d+\.\d/.test(token.text) || isNumbered(tokens, i);
  // "waiting for 1.0", "the 2.0 timeframe": a bare whole-number decimal with no unit names a release.
  if (/^\d+\.0$/.test(token.text) && !MAGNITUDES.has(next?.lower ?? "") && !/^[$€£]/.test(token.text)) return true;
  if (VERSIONED.has(next?.lower ?? "") || VERSIONED.has(previous?.lower ?? "")) return true;
  // A capitalised word right before, not at the sentence start and not a month ("in May 2.5…" is rare).
  return (
    previous !== undefined &&
    i > 1 &&
    previous.capital &&
    /^\p{Lu}[\p{Ll}\p{Lu}+#]*$/u.test(previous.text) &&
    !MONTHS.has(previous.lower)
  );
}

// A span of time stated as a measurement rather than a window: "more than 40 years", "after 14
// years of work", "2 years later", "30 times greater" (not "the last 30 years", "in 10 years").
function measuredSpan(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1]?.lower ?? "";
  const unit = tokens[i + 1]?.lower ?? "";
  const after = tokens[i + 2]?.lower ?? "";
  if (unit === "times") return /^(?:more|less|greater|larger|smaller|higher|lower|faster|slower|as|the)$/.test(after);
  if (/^(?:later|ago|old|earlier|afterwards)$/.test(after)) return true;
  return /^(?:than|nearly|almost|roughly|about|some|after|approximately)$/.test(before);
}

// "H.R. 4102", "No. 5", "Vol. 3", "Art. 12": a number after an abbreviation numbers a document.
function isNumbered(tokens: readonly Token[], i: number): boolean {
  const previous = tokens[i - 1];
  if (!previous) return false;
  if (previous.capital && previous.text.endsWith(".") && previous.text.length > 1) return true;
  const word = tokens[i - 2];
  return previous.text === "." && word !== undefined && word.end === previous.start && NUMBERED.has(word.lower);
}

const NUMBERED = words("no nos vol vols p pp art arts sec secs ch chap fig figs ed op");

// Digits that are not quantities: a compound modifier ("64-bit"), a footnote marker ("[13]", "^2"),
// or part of a URL, a path, a version or an identifier ("v8.dev/blog/2019", "x_2").
function isQuantityShape(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i] as Token;
  const previous = tokens[i - 1];
  const next = tokens[i + 1];
  const glued = (other: Token | undefined, before: boolean): boolean =>
    other !== undefined && (before ? other.end === token.start : other.start === token.end);
  if (glued(next, false) && next?.text === "-" && /^\p{L}/u.test(tokens[i + 2]?.text ?? "")) return false;
  if (previous?.text === "[" && next?.text === "]") return false;
  if (glued(previous, true) && /^[/^_=#:@.\p{L}]/u.test(previous?.text ?? "")) return false;
  if (glued(next, false) && /^[/_=#@\\]/u.test(next?.text ?? "")) return false;
  return true;
}

// Words that state an amount as measured or approximated: "more than 40", "nearly half", "about
// a thousand", "under 3%".
const GAUGING = words("than nearly almost about roughly approximately over under around some least most only just");
// Amounts in words after such a word ("nearly half", "over a dozen").
const AMOUNT_WORDS = words(
  "two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands million millions billion billions dozen dozens half",
);

/**
 * An amount stated at token `i` with a word that measures or approximates it ("more than 40",
 * "nearly half", "over a dozen"), as the two or three words, or undefined.
 */
export function gaugedAmountAt(tokens: readonly Token[], i: number): string | undefined {
  const word = (tokens[i] as Token).lower;
  // Every gauging word has four letters or more: most tokens ("the", "of", ",") stop here.
  if (word.length < 4 || !GAUGING.has(word)) return undefined;
  const next = tokens[i + 1];
  if (!next) return undefined;
  if (/^[$€£]?\d/.test(next.text) || AMOUNT_WORDS.has(next.lower)) return `${word} ${next.text}`;
  const after = tokens[i + 2];
  if (next.lower === "a" && after && AMOUNT_WORDS.has(after.lower)) return `${word} a ${after.text}`;
  return undefined;
}
