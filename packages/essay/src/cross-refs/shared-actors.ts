import type { CrossRef, Entity, ParagraphId } from "../types.ts";

/** Links paragraphs that name at least `minimum` of the same actors (dates aside). */
export function sharedActorLinks(entities: readonly Entity[], minimum = 2): CrossRef[] {
  const actorsByParagraph = new Map<ParagraphId, Set<string>>();
  for (const entity of entities) {
    if (entity.type === "date") continue;
    for (const mention of entity.mentions) {
      const actors = actorsByParagraph.get(mention.paragraphId) ?? new Set<string>();
      actors.add(entity.name);
      actorsByParagraph.set(mention.paragraphId, actors);
    }
  }
  const ids = [...actorsByParagraph.keys()].sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)));
  const links: CrossRef[] = [];
  ids.forEach((from, i) => {
    const mine = actorsByParagraph.get(from) ?? new Set<string>();
    for (const to of ids.slice(i + 1)) {
      const shared = [...(actorsByParagraph.get(to) ?? [])].filter((name) => mine.has(name));
      if (shared.length < minimum) continue;
      const score = Math.round((shared.length / Math.max(mine.size, 1)) * 1000) / 1000;
      links.push({ from, to, reason: "shared-actors", score, evidence: shared.join(", ") });
    }
  });
  return links;
}
