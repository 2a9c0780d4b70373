import type { Essay, Paragraph } from "@scholia/essay";
import { CLAIM_KINDS } from "@scholia/essay";
import { headlineCaveat } from "../lib/headline-caveat.ts";

/** One passage as Pagefind indexes it: the shape of Pagefind's `addCustomRecord` argument. */
export interface PassageRecord {
  /** Root-relative without the base path (`/<slug>/#p<n>`): Pagefind prefixes its `baseUrl`. */
  readonly url: string;
  /** The paragraph's text, HTML-escaped, because Pagefind stores custom records' content as given. */
  readonly content: string;
  readonly language: "en";
  /**
   * The essay's title, the passage's claim kinds (in CLAIMS.md order) and the actors it names.
   * They double as what a result shows: the record carries no `meta`, because Pagefind indexes
   * every meta value as searchable words, and a headline word (the bundled essay's "Israel",
   * which its body never uses) would then find every passage of the essay.
   */
  readonly filters: { essay: string[]; kind: string[]; actor: string[]; caveat?: string[] };
}

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

/**
 * One record per passage of an essay, with its filters (essay, claim kind, actor) attached to
 * the passage itself: Pagefind applies filters per record, so a `kind` filter returns only
 * passages of that kind. Empty paragraphs are left out (nothing to find).
 */
export function passageRecords(essay: Essay): PassageRecord[] {
  // The headline's caveat rides along as a filter no facet shows: filter values are not searched.
  const caveat = headlineCaveat(essay)?.short;
  return essay.paragraphs
    .filter((paragraph) => paragraph.text.trim() !== "")
    .map((paragraph) => {
      const kinds = paragraphKinds(paragraph);
      return {
        url: `/${essay.slug}/#${paragraph.id}`,
        content: escapeText(paragraph.text),
        language: "en",
        filters: {
          essay: [essay.title],
          kind: kinds,
          actor: paragraphActors(essay, paragraph),
          ...(caveat && { caveat: [caveat] }),
        },
      };
    });
}
