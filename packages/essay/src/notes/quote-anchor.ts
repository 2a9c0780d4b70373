import search from "approx-string-match";
import type { ParagraphId, TextQuoteSelector } from "../types.ts";

/** A paragraph as the anchoring sees it. */
export interface AnchorParagraph {
  readonly id: ParagraphId;
  readonly text: string;
}

/** Where a quote landed: a span of one paragraph. */
export interface QuoteAnchor {
  readonly paragraphId: ParagraphId;
  readonly start: number;
  readonly end: number;
  /** True when the quote no longer matched exactly and the best approximate match was taken. */
  readonly fuzzy: boolean;
  /** The essay's words at the anchor (differs from the quote when fuzzy). */
  readonly text: string;
}

/** Why a quote could not be anchored, with the passage that came closest. */
export interface AnchorFailure {
  readonly problem: "missing" | "ambiguous";
  /** Paragraphs where the quote (or its closest match) occurs. */
  readonly candidates: readonly { readonly paragraphId: ParagraphId; readonly text: string }[];
}

const SEPARATOR = "\n\n";
// Weights from Hypothesis's anchoring (quote, prefix, suffix), which this follows.
const QUOTE_WEIGHT = 50;
const CONTEXT_WEIGHT = 20;

/**
 * Anchors a TextQuoteSelector in the essay's paragraphs the way Hypothesis does: exact
 * match first (prefix and suffix break ties), then the best approximate match scored on
 * quote, prefix and suffix, allowing at most a quarter of the quote's characters to differ.
 */
export function anchorQuote(
  paragraphs: readonly AnchorParagraph[],
  selector: TextQuoteSelector,
): QuoteAnchor | AnchorFailure {
  const text = paragraphs.map((paragraph) => paragraph.text).join(SEPARATOR);
  const starts = offsets(paragraphs);
  const exact = occurrences(text, selector.exact);
  if (exact.length === 1 || (exact.length > 1 && withContext(text, exact, selector).length === 1)) {
    const start = exact.length === 1 ? (exact[0] as number) : (withContext(text, exact, selector)[0] as number);
    return (
      locate(paragraphs, starts, text, start, start + selector.exact.length, false) ??
      failure(paragraphs, starts, text, selector)
    );
  }
  if (exact.length > 1) {
    return {
      problem: "ambiguous",
      candidates: exact.map((start) => excerpt(paragraphs, starts, text, start, start + selector.exact.length)),
    };
  }
  const maxErrors = Math.floor(selector.exact.length / 4);
  const matches = maxErrors > 0 ? search(text, selector.exact, maxErrors) : [];
  const scored = matches
    .map((match) => ({ ...match, score: score(text, match, selector) }))
    .sort((a, b) => b.score - a.score || a.start - b.start);
  const [best, second] = scored;
  if (best && second && second.score === best.score && second.start !== best.start) {
    return {
      problem: "ambiguous",
      candidates: [best, second].map((m) => excerpt(paragraphs, starts, text, m.start, m.end)),
    };
  }
  if (best) {
    const anchor = locate(paragraphs, starts, text, best.start, best.end, true);
    if (anchor) return anchor;
  }
  return failure(paragraphs, starts, text, selector);
}

/** True when {@link anchorQuote} found a place. */
export function isAnchored(result: QuoteAnchor | AnchorFailure): result is QuoteAnchor {
  return "paragraphId" in result;
}

function score(
  text: string,
  match: { start: number; end: number; errors: number },
  selector: TextQuoteSelector,
): number {
  let total = QUOTE_WEIGHT * (1 - match.errors / selector.exact.length);
  let weights = QUOTE_WEIGHT;
  if (selector.prefix) {
    const before = text.slice(Math.max(0, match.start - selector.prefix.length), match.start);
    total += CONTEXT_WEIGHT * similarity(before, selector.prefix);
    weights += CONTEXT_WEIGHT;
  }
  if (selector.suffix) {
    const after = text.slice(match.end, match.end + selector.suffix.length);
    total += CONTEXT_WEIGHT * similarity(after, selector.suffix);
    weights += CONTEXT_WEIGHT;
  }
  return total / weights;
}

function similarity(text: string, pattern: string): number {
  if (pattern.length === 0) return 1;
  if (text.length === 0) return 0;
  const [best] = search(text, pattern, pattern.length);
  return best ? 1 - best.errors / pattern.length : 0;
}

function occurrences(text: string, quote: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) found.push(at);
  return found;
}

function withContext(text: string, starts: readonly number[], selector: TextQuoteSelector): number[] {
  return starts.filter((start) => {
    const prefixOk = !selector.prefix || text.slice(0, start).endsWith(selector.prefix);
    const suffixOk = !selector.suffix || text.startsWith(selector.suffix, start + selector.exact.length);
    return prefixOk && suffixOk;
  });
}

function offsets(paragraphs: readonly AnchorParagraph[]): number[] {
  let at = 0;
  return paragraphs.map((paragraph) => {
    const start = at;
    at += paragraph.text.length + SEPARATOR.length;
    return start;
  });
}

function paragraphAt(starts: readonly number[], offset: number): number {
  let i = 0;
  while (i + 1 < starts.length && (starts[i + 1] as number) <= offset) i++;
  return i;
}

function locate(
  paragraphs: readonly AnchorParagraph[],
  starts: readonly number[],
  text: string,
  start: number,
  end: number,
  fuzzy: boolean,
): QuoteAnchor | undefined {
  const i = paragraphAt(starts, start);
  const paragraph = paragraphs[i];
  const base = starts[i] ?? 0;
  // A quote must sit inside one paragraph: a note's mark cannot span two.
  if (!paragraph || end - base > paragraph.text.length) return undefined;
  return { paragraphId: paragraph.id, start: start - base, end: end - base, fuzzy, text: text.slice(start, end) };
}

function excerpt(
  paragraphs: readonly AnchorParagraph[],
  starts: readonly number[],
  text: string,
  start: number,
  end: number,
): { paragraphId: ParagraphId; text: string } {
  const i = paragraphAt(starts, start);
  const paragraph = paragraphs[i] as AnchorParagraph;
  const limit = (starts[i] ?? 0) + paragraph.text.length;
  return { paragraphId: paragraph.id, text: text.slice(start, Math.min(end, limit)) };
}

function failure(
  paragraphs: readonly AnchorParagraph[],
  starts: readonly number[],
  text: string,
  selector: TextQuoteSelector,
): AnchorFailure {
  if (text.length === 0) return { problem: "missing", candidates: [] };
  const [closest] = search(text, selector.exact, selector.exact.length);
  return {
    problem: "missing",
    candidates: closest ? [excerpt(paragraphs, starts, text, closest.start, closest.end)] : [],
  };
}
