import type { EntityType } from "../types.ts";
import { lookUpKnown } from "./gazetteer.ts";
import type { NameRun } from "./name-runs.ts";
import {
  DOCUMENT_WORDS,
  NON_ORGANISATION_ACRONYMS,
  ORGANISATION_WORDS,
  PLACE_HEADS,
  PLACE_WORDS,
  TITLES,
} from "./titles.ts";

/** A name run with its canonical name and type, before aliases are merged. */
export interface Classified {
  readonly name: string;
  readonly type: EntityType;
  /** True when the type is a guess from the name's shape rather than from knowledge or a title. */
  readonly guessed: boolean;
}

const MONTHS_AND_DAYS =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
const ACRONYM = /^(?:\p{Lu}{2,6}|(?:\p{Lu}\.){2,4}|\p{Lu}-?\d{1,2})$/u;
const ARTICLES = new Set(["The", "Le", "La", "Les", "El", "Los", "Las", "Der", "Die", "Das", "Il"]);
const ADJECTIVE_ENDING = /(?:an|ean|ian|ese|ish|ern|ic|i)$/;

/**
 * Decides what a run names, or undefined when it names nothing (a month, a lone title, a
 * nationality adjective such as "Western officials"): gazetteer first, then the name's shape.
 */
export function classifyRun(run: NameRun, nextChar: string): Classified | undefined {
  // Names recur through an essay and across a library: the decision depends only on the surface,
  // the title before it and whether a lower-case word follows, so it is kept per key.
  const key = `${run.titled ? "t" : "-"}${LOWER_NEXT.test(nextChar) ? "l" : "-"}${run.surface}`;
  if (decided.has(key)) return decided.get(key);
  const result = decide(run, nextChar);
  if (decided.size >= MAX_DECIDED) decided.clear();
  decided.set(key, result);
  return result;
}

const LOWER_NEXT = /^ \p{Ll}/u;
const MAX_DECIDED = 50_000;
const decided = new Map<string, Classified | undefined>();

function decide(run: NameRun, nextChar: string): Classified | undefined {
  const known = lookUpKnown(run.surface);
  // "Mr. Hamilton" is a person even where a gazetteer knows a town of that name.
  if (known && !(run.titled && known.city)) return { name: known.name, type: known.type, guessed: false };
  if (run.titled) return { name: run.surface, type: "person", guessed: false };
  const words = run.surface.split(" ");
  const first = words[0] ?? "";
  const last = words[words.length - 1] ?? "";
  if (words.length === 1 && (MONTHS_AND_DAYS.test(first) || TITLES.has(first))) return undefined;
  if (run.titled || /^\p{Lu}\.$/u.test(first)) return { name: run.surface, type: "person", guessed: false };
  if (ACRONYM.test(run.surface)) {
    return NON_ORGANISATION_ACRONYMS.has(run.surface)
      ? undefined
      : { name: run.surface, type: "organisation", guessed: false };
  }
  // A name that keeps its article mid-sentence is a title: a newspaper, a band, a firm ("The Economist").
  if (ORGANISATION_WORDS.has(last) || ORGANISATION_WORDS.has(first) || (words.length > 1 && ARTICLES.has(first))) {
    return { name: run.surface, type: "organisation", guessed: false };
  }
  if (PLACE_HEADS.has(last)) return { name: run.surface, type: "place", guessed: false };
  if (DOCUMENT_WORDS.has(last)) return { name: run.surface, type: "other", guessed: false };
  if (words.length === 1 && ADJECTIVE_ENDING.test(first) && LOWER_NEXT.test(nextChar)) return undefined;
  if (
    words.length <= 3 &&
    !PLACE_WORDS.has(first) &&
    words.every((word) => /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?$/u.test(word))
  ) {
    return { name: run.surface, type: words.length === 1 ? "other" : "person", guessed: true };
  }
  return { name: run.surface, type: PLACE_WORDS.has(first) ? "place" : "other", guessed: true };
}
