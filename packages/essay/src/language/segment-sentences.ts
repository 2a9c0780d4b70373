import { splitSentences } from "../sentences.ts";
import type { Sentence } from "../types.ts";
import { isEnglish } from "./detect-language.ts";
import { abbreviationsFor } from "./language-abbreviations.ts";

const segmenters = new Map<string, Intl.Segmenter>();

/**
 * Splits a paragraph into sentences for its language: English by the project's own splitter,
 * other languages by `Intl.Segmenter` for that locale, re-joined where a segment ends in one of
 * the language's abbreviations ("M.", "z. B.", "Nr.").
 */
export function segmentSentences(text: string, lang: string): Sentence[] {
  if (isEnglish(lang)) return splitSentences(text);
  const abbreviations = abbreviationsFor(lang);
  const sentences: Sentence[] = [];
  let pending: { start: number; end: number } | undefined;
  for (const segment of segmenter(lang).segment(text)) {
    const start = segment.index + leading(segment.segment);
    const end = segment.index + segment.segment.trimEnd().length;
    if (end <= start) continue;
    const from = pending?.start ?? start;
    if (end < text.length && endsInAbbreviation(text.slice(from, end), abbreviations)) {
      pending = { start: from, end };
      continue;
    }
    sentences.push({ start: from, end, text: text.slice(from, end) });
    pending = undefined;
  }
  if (pending) sentences.push({ ...pending, text: text.slice(pending.start, pending.end) });
  return sentences;
}

function segmenter(lang: string): Intl.Segmenter {
  let found = segmenters.get(lang);
  if (!found) {
    found = new Intl.Segmenter(lang, { granularity: "sentence" });
    segmenters.set(lang, found);
  }
  return found;
}

function leading(segment: string): number {
  return segment.length - segment.trimStart().length;
}

function endsInAbbreviation(sentence: string, abbreviations: ReadonlySet<string>): boolean {
  const last = /(?:^|\s)((?:\p{L}+\.\s?)*\p{L}+)\.$/u.exec(sentence);
  if (!last) return false;
  return abbreviations.has((last[1] ?? "").replace(/\s/g, "").toLowerCase());
}
