import { isCommonWord } from "../lexicon.ts";
import type { Entity, Mention, ParagraphId } from "../types.ts";
import { classifyRun } from "./classify.ts";
import { findDates } from "./dates.ts";
import { FUNCTION_WORDS } from "./function-words.ts";
import { type Draft, mergeAliases } from "./merge-aliases.ts";
import { findNameRuns } from "./name-runs.ts";

/** What the entity finder reads of a paragraph. */
export interface EntityInput {
  readonly id: ParagraphId;
  readonly text: string;
  readonly sentences: readonly { readonly start: number }[];
}

/** Finds the people, places, organisations and dates named in the paragraphs, aliases merged. */
export function findEntities(paragraphs: readonly EntityInput[]): Entity[] {
  const drafts = new Map<string, Draft>();
  const isOrdinary = ordinaryWords(lowerCaseWords(paragraphs));
  for (const paragraph of paragraphs) {
    const starts = new Set(paragraph.sentences.map((sentence) => sentence.start));
    for (const date of findDates(paragraph.text)) {
      add(drafts, date.name, "date", false, date.name, { paragraphId: paragraph.id, start: date.start, end: date.end });
    }
    for (const run of findNameRuns(paragraph.text, starts, isOrdinary)) {
      if (FUNCTION_WORDS.has(run.surface.toLowerCase())) continue;
      const kind = classifyRun(run, paragraph.text.slice(run.end, run.end + 2));
      if (!kind) continue;
      add(drafts, kind.name, kind.type, kind.guessed, run.surface, {
        paragraphId: paragraph.id,
        start: run.start,
        end: run.end,
      });
    }
  }
  mergeAliases(drafts);
  return toEntities(drafts);
}

function add(
  drafts: Map<string, Draft>,
  name: string,
  type: Draft["type"],
  guessed: boolean,
  surface: string,
  mention: Mention,
): void {
  let draft = drafts.get(name);
  if (!draft) {
    draft = { name, type, guessed, aliases: new Set(), mentions: [] };
    drafts.set(name, draft);
  } else if (draft.guessed && !guessed) {
    draft.type = type;
    draft.guessed = false;
  }
  draft.aliases.add(surface);
  draft.mentions.push(mention);
}

function ordinaryWords(lowerWords: ReadonlySet<string>): (word: string) => boolean {
  const cache = new Map<string, boolean>();
  return (word) => {
    const lower = word.toLowerCase();
    let ordinary = cache.get(lower);
    if (ordinary === undefined) {
      ordinary = FUNCTION_WORDS.has(lower) || lowerWords.has(lower) || (/^\p{L}+$/u.test(word) && isCommonWord(lower));
      cache.set(lower, ordinary);
    }
    return ordinary;
  };
}

function lowerCaseWords(paragraphs: readonly EntityInput[]): Set<string> {
  const found = new Set<string>();
  for (const paragraph of paragraphs) {
    // ASCII word boundaries are enough here and far cheaper than Unicode-aware matching.
    for (const [word] of paragraph.text.matchAll(/\b[a-z]{2,}/g)) found.add(word);
  }
  return found;
}

function toEntities(drafts: Map<string, Draft>): Entity[] {
  const used = new Set<string>();
  return [...drafts.values()]
    .sort((a, b) => a.name.localeCompare(b.name, "en"))
    .map((draft) => {
      const base =
        draft.name
          .toLowerCase()
          .replace(/[^\p{L}\p{N}]+/gu, "-")
          .replace(/^-|-$/g, "") || "entity";
      let id = base;
      for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
      used.add(id);
      return {
        id,
        name: draft.name,
        type: draft.type,
        aliases: [...draft.aliases].filter((alias) => alias !== draft.name).sort(),
        mentions: draft.mentions.sort(
          (a, b) => Number(a.paragraphId.slice(1)) - Number(b.paragraphId.slice(1)) || a.start - b.start,
        ),
      };
    });
}
