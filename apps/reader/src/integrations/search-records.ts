import type { Essay, Paragraph } from "@scholia/essay";
import { CLAIM_KINDS } from "@scholia/essay";
import { blockPlainText } from "../lib/block-preview.ts";
import { headlineCaveat } from "../lib/headline-caveat.ts";
import { type PassageLayout, wordCount } from "../lib/search-layout.ts";

/** One run of passages as Pagefind indexes it: the shape of Pagefind's `addCustomRecord` argument. */
export interface SearchRecord {
  /**
   * Root-relative without the base path: `/<slug>/?passages=<layout>#<first id>`. Pagefind
   * prefixes its `baseUrl`. The `passages` parameter (JSON, see search-layout.ts) says where
   * each passage starts in `content` and what it is filed under; URLs are the one part of a
   * record Pagefind neither indexes as words nor gathers into its filter index.
   */
  readonly url: string;
  /** The passages' texts, HTML-escaped (Pagefind stores custom records' content as given), one after another. */
  readonly content: string;
  readonly language: "en";
  /**
   * The essay's title and the union of the passages' claim kinds and actors: Pagefind filters
   * runs, and the search panel then keeps the passages of a run that match on their own.
   * No `meta`: Pagefind indexes every meta value as searchable words.
   */
  readonly filters: { essay: string[]; kind: string[]; actor: string[]; caveat?: string[] };
}

/**
 * How many words a run of passages holds at most (a longer passage is a run of its own).
 * Pagefind's metadata, which the first query downloads whole, costs a few bytes per record:
 * one record per passage made it 141 KB gzipped at 1,000 essays; runs of about this length
 * make it a quarter of that, while each result's fragment stays a few kilobytes.
 */
export const RUN_WORDS = 300;

/**
 * Escapes `&`, `<` and `>` so that the only markup in Pagefind's excerpts is its own `<mark>`.
 * @example escapeText("a < b & c") // "a &lt; b &amp; c"
 */
export function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** The claim kinds a paragraph makes, each once, in the order of CLAIM_KINDS. */
export function paragraphKinds(paragraph: Paragraph): string[] {
  const present = new Set(paragraph.claims.map((claim) => claim.kind));
  return CLAIM_KINDS.filter((kind) => present.has(kind));
}

/** The names of the actors (every entity but dates) that a paragraph mentions, sorted. */
export function paragraphActors(essay: Essay, paragraph: Paragraph): string[] {
  const names = essay.entities
    .filter((entity) => entity.type !== "date")
    .filter((entity) => entity.mentions.some((mention) => mention.paragraphId === paragraph.id))
    .map((entity) => entity.name);
  return [...new Set(names)].sort((a, b) => a.localeCompare(b, "en"));
}

/** One passage ready to index: its escaped text, word count and layout row. */
interface IndexedPassage {
  readonly content: string;
  readonly row: PassageLayout;
}

function indexedPassage(essay: Essay, paragraph: Paragraph): IndexedPassage {
  const content = escapeText(blockPlainText(paragraph).replace(/\s+/g, " ").trim());
  return {
    content,
    row: {
      id: paragraph.id,
      words: wordCount(content),
      kinds: paragraphKinds(paragraph),
      actors: paragraphActors(essay, paragraph),
    },
  };
}

/** Consecutive passages, cut into runs of at most RUN_WORDS words (a longer passage alone). */
function runs(passages: readonly IndexedPassage[]): IndexedPassage[][] {
  const out: IndexedPassage[][] = [];
  let current: IndexedPassage[] = [];
  let words = 0;
  for (const passage of passages) {
    if (current.length > 0 && words + passage.row.words > RUN_WORDS) {
      out.push(current);
      current = [];
      words = 0;
    }
    current.push(passage);
    words += passage.row.words;
  }
  if (current.length > 0) out.push(current);
  return out;
}

function union(lists: readonly (readonly string[])[]): string[] {
  return [...new Set(lists.flat())];
}

/**
 * The records of an essay: runs of consecutive passages, each filed under the essay, and
 * the claim kinds and actors of its passages. Every result of a search is such a run; the
 * panel splits it back into passages (search-layout.ts) and groups them under their essay.
 * Empty paragraphs are left out (nothing to find).
 */
export function searchRecords(essay: Essay): SearchRecord[] {
  const passages = essay.paragraphs
    .filter((paragraph) => paragraph.text.trim() !== "")
    .map((paragraph) => indexedPassage(essay, paragraph));
  // The headline's caveat rides along as a filter no facet shows: filter values are not searched.
  const caveat = headlineCaveat(essay)?.short;
  return runs(passages).map((run) => {
    const rows = run.map((passage) => passage.row);
    const layout = encodeURIComponent(JSON.stringify(rows.map((row) => [row.id, row.words, row.kinds, row.actors])));
    return {
      url: `/${essay.slug}/?passages=${layout}#${rows[0]?.id}`,
      content: run.map((passage) => passage.content).join(" "),
      language: "en",
      filters: {
        essay: [essay.title],
        kind: CLAIM_KINDS.filter((kind) => rows.some((row) => row.kinds.includes(kind))),
        actor: union(rows.map((row) => row.actors)).sort((a, b) => a.localeCompare(b, "en")),
        ...(caveat && { caveat: [caveat] }),
      },
    };
  });
}
