import { isCommonWord } from "../lexicon.ts";
import type { Entity, Mention, ParagraphId } from "../types.ts";
import { type Classified, classifyRun } from "./classify.ts";
import { findDates } from "./dates.ts";
import { FUNCTION_WORDS } from "./function-words.ts";
import { lookUpKnown } from "./gazetteer.ts";
import { type Draft, mergeAliases } from "./merge-aliases.ts";
import { findNameRuns, type NameRun } from "./name-runs.ts";

/** What the entity finder reads of a paragraph. */
export interface EntityInput {
  readonly id: ParagraphId;
  readonly text: string;
  readonly sentences: readonly { readonly start: number }[];
}

/** Options for {@link findEntities}. */
export interface EntityOptions {
  /**
   * False for an essay not in English: its capitalised words follow other rules (German nouns,
   * "Sie", "C'est"), so only names the gazetteer knows are kept.
   * @example false
   */
  readonly english?: boolean;
}

// Roman numerals ("II", "XIV") look like acronyms but name nothing.
const ROMAN_NUMERAL = /^[IVX]{2,}$/;

/** Finds the people, places, organisations and dates named in the paragraphs, aliases merged. */
export function findEntities(paragraphs: readonly EntityInput[], options: EntityOptions = {}): Entity[] {
  const english = options.english !== false;
  const drafts = new Map<string, Draft>();
  // Single-word names guessed from their shape, and whether any mention stood mid-sentence.
  const midSentence = new Set<string>();
  const isOrdinary = ordinaryWords(lowerCaseWords(paragraphs));
  for (const paragraph of paragraphs) {
    const starts = new Set(paragraph.sentences.map((sentence) => sentence.start));
    if (english) {
      for (const date of findDates(paragraph.text)) {
        add(drafts, date.name, "date", false, date.name, {
          paragraphId: paragraph.id,
          start: date.start,
          end: date.end,
        });
      }
    }
    for (const run of findNameRuns(paragraph.text, starts, isOrdinary)) {
      if (FUNCTION_WORDS.has(run.surface.toLowerCase()) || ROMAN_NUMERAL.test(run.surface)) continue;
      const found = english
        ? { run, kind: classifyRun(run, paragraph.text.slice(run.end, run.end + 2)) }
        : knownWithin(run);
      const { kind } = found;
      if (!kind) continue;
      if (!found.run.atSentenceStart) midSentence.add(kind.name);
      add(drafts, kind.name, kind.type, kind.guessed, found.run.surface, {
        paragraphId: paragraph.id,
        start: found.run.start,
        end: found.run.end,
      });
    }
  }
  dropSentenceOpeners(drafts, midSentence);
  mergeAliases(drafts);
  return toEntities(drafts);
}

// Outside English only the gazetteer names things: the longest known tail of the run ("À Lyon" → "Lyon").
function knownWithin(run: NameRun): { run: NameRun; kind: Classified | undefined } {
  let offset = 0;
  for (const word of run.surface.split(" ")) {
    const tail = run.surface.slice(offset);
    const known = lookUpKnown(tail);
    if (known) {
      const start = run.start + offset;
      return {
        run: { ...run, surface: tail, start, atSentenceStart: run.atSentenceStart && offset === 0 },
        kind: { ...known, guessed: false },
      };
    }
    offset += word.length + 1;
  }
  return { run, kind: undefined };
}

// A capitalised word seen only at the start of sentences, and known to nothing but its shape,
// is an ordinary word there ("Indeed", "Sometimes"), not a name.
function dropSentenceOpeners(drafts: Map<string, Draft>, midSentence: ReadonlySet<string>): void {
  for (const draft of [...drafts.values()]) {
    if (draft.guessed && !draft.name.includes(" ") && !midSentence.has(draft.name)) drafts.delete(draft.name);
  }
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
  for (const paragraph of paragraphs) addLowerCaseWords(paragraph.text, found);
  return found;
}

/**
 * Adds what /\b[a-z]{2,}/g matches in `text` (ASCII word boundaries are enough here) to `found`,
 * by a scan of character codes: the same words, without a match object for each.
 */
export function addLowerCaseWords(text: string, found: Set<string>): void {
  for (let i = 0; i < text.length; i++) {
    if (!isAsciiLower(text.charCodeAt(i)) || !isAsciiLower(text.charCodeAt(i + 1))) continue;
    if (i > 0 && isAsciiWordChar(text.charCodeAt(i - 1))) continue;
    let end = i + 2;
    while (isAsciiLower(text.charCodeAt(end))) end++;
    found.add(text.slice(i, end));
    i = end;
  }
}

function isAsciiLower(code: number): boolean {
  return code >= 97 && code <= 122;
}

// What a regular expression's \w matches: ASCII letters, digits and "_".
function isAsciiWordChar(code: number): boolean {
  return isAsciiLower(code) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;
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
