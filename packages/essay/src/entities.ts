import type { Entity, EntityType, Mention, ParagraphId } from "./types.ts";

/** What the entity finder reads of a paragraph. */
export interface EntityInput {
  readonly id: ParagraphId;
  readonly text: string;
  readonly sentences: readonly { readonly start: number }[];
}

const MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
const DATE = new RegExp(
  `\\b(?:${MONTH}(?: \\d{1,2},)? (?:1[5-9]|20)\\d\\d|(?:1[5-9]|20)\\d0s|(?:1[5-9]|20)\\d\\d)\\b`,
  "gu",
);
const DATE_ALONE = new RegExp(`^${DATE.source.replace(/^\\b|\\b$/g, "")}$`, "u");
// Runs of capitalised words, allowing "of"/"the"/"and" inside ("Bank of England").
const NAME = /\b\p{Lu}[\p{L}’'.-]*(?:\s+(?:of|the|for|and|de|von|van|al-)?\s*\p{Lu}[\p{L}’'.-]*)*/gu;
const TITLES = /^(?:President|Prime Minister|Chancellor|Minister|Secretary|General|Senator|Mr\.|Mrs\.|Ms\.|Dr\.)\s+/u;
const STOP = new Set([
  "The",
  "A",
  "An",
  "It",
  "This",
  "That",
  "These",
  "Those",
  "In",
  "But",
  "And",
  "If",
  "Yet",
  "As",
  "For",
  "Even",
  "Such",
  "Both",
  "Each",
  "All",
  "No",
  "Nothing",
  "Despite",
  "Therefore",
  "Still",
  "Only",
  "Neither",
  "Whatever",
  "I",
  "We",
  "They",
  "He",
  "She",
]);

/** Finds the people, places, organisations and dates named in the paragraphs, aliases merged. */
export function findEntities(paragraphs: readonly EntityInput[]): Entity[] {
  const byName = new Map<string, { type: EntityType; mentions: Mention[]; aliases: Set<string> }>();
  const add = (name: string, type: EntityType, mention: Mention): void => {
    const entry = byName.get(name) ?? { type, mentions: [], aliases: new Set<string>() };
    entry.mentions.push(mention);
    entry.aliases.add(name);
    byName.set(name, entry);
  };
  for (const paragraph of paragraphs) {
    const starts = new Set(paragraph.sentences.map((sentence) => sentence.start));
    for (const match of paragraph.text.matchAll(DATE)) {
      add(match[0], "date", { paragraphId: paragraph.id, start: match.index, end: match.index + match[0].length });
    }
    for (const match of paragraph.text.matchAll(NAME)) {
      let name = match[0].replace(/[’'.]+$/u, "").replace(/’s$/u, "");
      let start = match.index;
      const titled = TITLES.exec(name);
      if (titled) {
        name = name.slice(titled[0].length);
        start += titled[0].length;
      }
      const first = name.split(/\s+/u)[0] ?? "";
      if (STOP.has(first) && !name.includes(" ")) continue;
      if (STOP.has(first)) {
        name = name.slice(first.length).trimStart();
        start = match.index + match[0].indexOf(name);
      }
      if (!name || (starts.has(start) && !name.includes(" ") && !titled)) continue;
      if (DATE_ALONE.test(name)) continue;
      add(name, titled ? "person" : "other", { paragraphId: paragraph.id, start, end: start + name.length });
    }
  }
  return mergeAliases(byName);
}

function mergeAliases(byName: Map<string, { type: EntityType; mentions: Mention[]; aliases: Set<string> }>): Entity[] {
  const names = [...byName.keys()].sort((a, b) => b.length - a.length);
  for (const short of names) {
    const entry = byName.get(short);
    if (!entry || short.includes(" ")) continue;
    const long = names.find((name) => name !== short && name.endsWith(` ${short}`) && byName.has(name));
    const target = long ? byName.get(long) : undefined;
    if (!target) continue;
    target.mentions.push(...entry.mentions);
    for (const alias of entry.aliases) target.aliases.add(alias);
    if (entry.type === "person") target.type = "person";
    byName.delete(short);
  }
  return [...byName.entries()]
    .map(([name, entry]) => ({
      id: name
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, "-")
        .replace(/^-|-$/g, ""),
      name,
      type: entry.type,
      aliases: [...entry.aliases].filter((alias) => alias !== name).sort(),
      mentions: entry.mentions.sort((a, b) => compareIds(a.paragraphId, b.paragraphId) || a.start - b.start),
    }))
    .sort((a, b) => a.name.localeCompare(b.name, "en"));
}

function compareIds(a: string, b: string): number {
  return Number(a.slice(1)) - Number(b.slice(1));
}
