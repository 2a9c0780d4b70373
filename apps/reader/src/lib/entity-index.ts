import type { Entity, EntityType, ParagraphId } from "@scholia/essay";

/** One entry of the back-of-book index: a name, its other names, and where it is mentioned. */
export interface IndexEntry {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  /** Paragraphs that mention it, in order, with how many times. */
  readonly places: readonly { readonly paragraphId: ParagraphId; readonly count: number }[];
}

/** A group of the index: one entity type with its heading. */
export interface IndexGroup {
  readonly type: EntityType;
  readonly heading: string;
  readonly entries: readonly IndexEntry[];
}

const HEADINGS: readonly [EntityType, string][] = [
  ["person", "People"],
  ["place", "Places"],
  ["organisation", "Organisations"],
  ["date", "Dates"],
  ["other", "Other names"],
];

/**
 * Groups an essay's entities by type for the back-of-book index, each group sorted with
 * Intl.Collator (so "Ökonom" sorts beside "Oil" and "item 10" after "item 9").
 */
export function entityIndex(entities: readonly Entity[], locale = "en"): IndexGroup[] {
  const collator = new Intl.Collator(locale, { sensitivity: "base", numeric: true });
  return HEADINGS.flatMap(([type, heading]) => {
    const entries = entities
      .filter((entity) => entity.type === type && entity.mentions.length > 0)
      .map((entity) => ({
        id: entity.id,
        name: entity.name,
        aliases: entity.aliases.filter((alias) => alias !== entity.name),
        places: places(entity),
      }))
      .sort((a, b) => collator.compare(a.name, b.name));
    return entries.length > 0 ? [{ type, heading, entries }] : [];
  });
}

function places(entity: Entity): { paragraphId: ParagraphId; count: number }[] {
  const counts = new Map<ParagraphId, number>();
  for (const mention of entity.mentions) counts.set(mention.paragraphId, (counts.get(mention.paragraphId) ?? 0) + 1);
  return [...counts]
    .map(([paragraphId, count]) => ({ paragraphId, count }))
    .sort((a, b) => Number(a.paragraphId.slice(1)) - Number(b.paragraphId.slice(1)));
}
