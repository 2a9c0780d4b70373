import { STOPWORDS } from "../stopwords.ts";
import type { CrossRef, ParagraphId } from "../types.ts";
import { contentWords, contentWordsAt, stem } from "./tokens.ts";

/** A paragraph as the back-reference finder sees it. */
export interface BackRefParagraph {
  readonly id: ParagraphId;
  readonly text: string;
}

// "These proposed efforts", "this phenomenon", "those channels", "such signals": a
// demonstrative followed by up to two words and a noun. "That" is left out: it is far more
// often a conjunction ("said that it…") than a pointer back.
const DEMONSTRATIVE = /\b(?:these|those|this|such)\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)/giu;
// Nouns that sum up what came before ("this process", "these efforts") rather than repeat
// a word of it; at the start of a paragraph they point to the paragraph before.
const SHELL_NOUNS = new Set(
  "effort step proposal measure idea issue problem process approach argument point question change action option suggestion development situation".split(
    " ",
  ),
);
const NOT_NOUNS = new Set([
  "is",
  "was",
  "are",
  "were",
  "will",
  "would",
  "means",
  "the",
  "a",
  "an",
  "does",
  "may",
  "might",
  "better",
  "worse",
  "even",
  "often",
]);

/** Links a paragraph that points back with a demonstrative phrase to the paragraph it points to. */
export function backReferences(
  paragraphs: readonly BackRefParagraph[],
  wordsOfParagraphs: readonly (readonly string[])[] = paragraphs.map((paragraph) => contentWords(paragraph.text)),
  placedWords?: readonly (readonly { word: string; at: number }[])[],
): CrossRef[] {
  const words = wordsOfParagraphs.map((list) => new Set(list));
  const links: CrossRef[] = [];
  paragraphs.forEach((paragraph, i) => {
    const seen = new Set<string>();
    const opening = firstSentenceEnd(paragraph.text);
    let firstUse: Map<string, number> | undefined;
    for (const match of paragraph.text.matchAll(DEMONSTRATIVE)) {
      const atOpening = (match.index ?? 0) < opening && i > 0;
      firstUse ??= firstUses(placedWords?.[i] ?? contentWordsAt(paragraph.text));
      const at = match.index ?? 0;
      // A noun already used earlier in the same paragraph points inside it, not back.
      const candidates = nounCandidates(match[1] ?? "").filter((head) => (firstUse?.get(stem(head)) ?? at) >= at);
      const found = resolve(words, i, candidates, atOpening);
      if (!found) continue;
      const { target, head } = found;
      const evidence = match[0].slice(0, match[0].toLowerCase().lastIndexOf(head) + head.length);
      if (target === undefined || seen.has(`${target}`)) continue;
      const to = paragraphs[target];
      if (!to) continue;
      seen.add(`${target}`);
      links.push({
        from: paragraph.id,
        to: to.id,
        reason: "back-reference",
        score: 1 - (i - target) / 10,
        evidence,
      });
    }
  });
  return links;
}

/** Where each content word (stemmed) of a paragraph is first used. */
function firstUses(words: readonly { word: string; at: number }[]): Map<string, number> {
  const uses = new Map<string, number>();
  for (const { word, at } of words) if (!uses.has(word)) uses.set(word, at);
  return uses;
}

// The words after the demonstrative up to the first function word: "proposed efforts" of
// "These proposed efforts would…". The head noun of an English noun phrase is its last word.
function nounCandidates(phrase: string): string[] {
  const candidates: string[] = [];
  for (const word of phrase.split(/\s+/u)) {
    const lower = word.toLowerCase();
    if (NOT_NOUNS.has(lower) || STOPWORDS.has(lower) || lower.endsWith("ly")) break;
    candidates.push(lower);
  }
  return candidates.reverse();
}

function resolve(
  words: readonly Set<string>[],
  i: number,
  candidates: readonly string[],
  atOpening: boolean,
): { target: number; head: string } | undefined {
  for (const head of candidates) {
    const noun = stem(head);
    if (noun.length < 4) continue;
    const target = findBack(words, i, noun);
    if (target !== undefined) return { target, head };
  }
  const shell = candidates.find((head) => SHELL_NOUNS.has(stem(head)));
  return atOpening && shell ? { target: i - 1, head: shell } : undefined;
}

function firstSentenceEnd(text: string): number {
  const end = /[.!?](?:["”’)]*)\s/u.exec(text);
  return end ? end.index : text.length;
}

function findBack(words: readonly Set<string>[], from: number, noun: string): number | undefined {
  // Look at most three paragraphs back: a demonstrative reaches only nearby text.
  for (let j = from - 1; j >= Math.max(0, from - 3); j--) if (words[j]?.has(noun)) return j;
  return undefined;
}
