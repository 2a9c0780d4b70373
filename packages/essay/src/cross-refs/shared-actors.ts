import type { CrossRef, Entity, ParagraphId } from "../types.ts";

/**
 * Links paragraphs that name at least `minimum` of the same actors (dates aside), each
 * paragraph to its `perParagraph` closest. Pairs are found through each actor's list of
 * paragraphs (an inverted index), never by comparing all pairs; an actor named in more than
 * `cap` paragraphs is too common to link by, which also bounds the work per paragraph and
 * keeps long essays linear.
 */
export function sharedActorLinks(entities: readonly Entity[], minimum = 2, perParagraph = 3, cap = 40): CrossRef[] {
  const postings = actorPostings(entities);
  const actorsOf = new Map<ParagraphId, string[]>();
  for (const [name, paragraphs] of postings) {
    if (paragraphs.length > cap) continue;
    for (const id of paragraphs) (actorsOf.get(id) ?? actorsOf.set(id, []).get(id))?.push(name);
  }
  const links: CrossRef[] = [];
  for (const [from, mine] of actorsOf) {
    // Counted first; only the few paragraphs kept get their list of shared names.
    const counts = new Map<ParagraphId, number>();
    for (const name of mine) {
      for (const to of postings.get(name) ?? []) if (to !== from) counts.set(to, (counts.get(to) ?? 0) + 1);
    }
    const best: [ParagraphId, number][] = [];
    for (const entry of counts) if (entry[1] >= minimum) best.push(entry);
    best.sort((a, b) => b[1] - a[1] || order(a[0]) - order(b[0]));
    for (const [to, count] of best.slice(0, perParagraph)) {
      const names = mine.filter((name) => postings.get(name)?.includes(to));
      const score = Math.round((count / Math.max(mine.length, 1)) * 1000) / 1000;
      links.push({ from, to, reason: "shared-actors", score, evidence: names.join(", ") });
    }
  }
  return links
    .map((link) => ({ link, from: order(link.from), to: order(link.to) }))
    .sort((a, b) => a.from - b.from || a.to - b.to)
    .map(({ link }) => link);
}

/** Each actor's paragraphs, in order, each paragraph once. */
function actorPostings(entities: readonly Entity[]): Map<string, ParagraphId[]> {
  const postings = new Map<string, ParagraphId[]>();
  for (const entity of entities) {
    if (entity.type === "date") continue;
    const ids = [...new Set(entity.mentions.map((mention) => mention.paragraphId))];
    postings.set(entity.name, sortByOrder(ids));
  }
  return postings;
}

/** Paragraph ids in essay order, each id's number read once rather than at every comparison. */
function sortByOrder(ids: readonly ParagraphId[]): ParagraphId[] {
  return ids
    .map((id) => ({ id, at: order(id) }))
    .sort((a, b) => a.at - b.at)
    .map(({ id }) => id);
}

// A paragraph id's number ("p12" → 12), read once per id: sorts compare ids many times.
const ORDERS = new Map<ParagraphId, number>();

function order(id: ParagraphId): number {
  let at = ORDERS.get(id);
  if (at === undefined) {
    at = Number(id.slice(1));
    if (ORDERS.size < 1_000_000) ORDERS.set(id, at);
  }
  return at;
}
