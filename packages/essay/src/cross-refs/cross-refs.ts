import type { CrossRef, Entity, Paragraph } from "../types.ts";
import { backReferences } from "./back-references.ts";
import { lexicalLinks } from "./lexical.ts";
import { sharedActorLinks } from "./shared-actors.ts";
import { contentWordsAt } from "./tokens.ts";

/** Every automatic cross-reference of one essay: back-references, shared actors, lexical links. */
export function computeCrossRefs(paragraphs: readonly Paragraph[], entities: readonly Entity[]): CrossRef[] {
  // Each paragraph's content words are read once, for the back-references and the lexical links.
  const placed = paragraphs.map((paragraph) => contentWordsAt(paragraph.text));
  const words = placed.map((list) => list.map((each) => each.word));
  const links = [
    ...backReferences(paragraphs, words, placed),
    ...sharedActorLinks(entities),
    ...lexicalLinks(paragraphs, undefined, undefined, words),
  ];
  const seen = new Set<string>();
  return links.filter((link) => {
    const key = `${link.from}>${link.to}>${link.reason}`;
    if (seen.has(key) || link.from === link.to) return false;
    seen.add(key);
    return true;
  });
}
