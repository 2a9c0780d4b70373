import { canBeVerb } from "../lexicon.ts";
import { startsWithPhrase } from "./phrase-start.ts";
import { isReportingWord, usedAsVerb } from "./reporting-verbs.ts";
import type { Token } from "./tokens.ts";
import {
  CLAUSE_OPENERS,
  CONNECTOR_PHRASES,
  CONNECTORS,
  FRONT_SUBORDINATORS,
  PREPOSITIONS,
  SUBORDINATORS,
} from "./word-classes.ts";

/**
 * What part of the sentence a token belongs to: the main clause, a fronted framing phrase
 * ("In 2014, …"), a fronted or limiting adverbial clause ("If …", "… before 2014"), a clause of
 * circumstance inside the sentence ("… when in 1777 …", "… because …"), a relative, complement or
 * quoted clause, or a steering lead-in ("Consider …") that the tagger looks past.
 */
export type Role = "main" | "frame" | "adverbial" | "circumstance" | "complement" | "steer";

const INVERTED = new Set(["should", "had", "were"]);

// Fronted phrases that set a time limit rather than date an event ("After 2022, …").
const LIMITING = new Set(["after", "before", "since", "until", "till", "following", "despite", "to"]);

/** Assigns each token its clause role; tokens before `from` are a steering lead-in. */
export function assignRoles(tokens: readonly Token[], from = 0): Role[] {
  const roles: Role[] = tokens.map((_, i) => (i < from ? "steer" : "main"));
  let start = from;
  let reported = false;
  for (let i = from; i <= tokens.length; i++) {
    const mark = tokens[i]?.lower;
    if (i < tokens.length && mark !== ";" && mark !== ":") continue;
    if (reported) roles.fill("complement", start, i);
    else assignSegment(tokens, start, i, roles);
    // After "X said:" or "they agree on one thing:", what follows the colon is what they said.
    reported = mark === ":" && hasReporting(tokens, roles, start, i);
    start = i + 1;
  }
  markAsides(tokens, roles);
  return roles;
}

function assignSegment(tokens: readonly Token[], from: number, to: number, roles: Role[]): void {
  const i = skipFronted(tokens, from, to, roles);
  let mode: Role = "main";
  let parenthetical = false;
  // A relative clause on the subject ("Leaders who plan ahead must…") ends at the main clause's modal.
  let onSubject = false;
  for (let j = i; j < to; j++) {
    const token = tokens[j] as Token;
    if (mode === "main") {
      const opened = opensClause(tokens, j, i);
      if (opened) {
        mode = opened;
        parenthetical =
          tokens[j - 1]?.lower === "," &&
          (opened !== "complement" || isRelative(token.lower) || token.lower === "whether");
        onSubject = opened === "complement" && isSubjectRelative(tokens, i, j);
      }
    } else if (onSubject && (MODALS.has(token.lower) || SUBJECT_ENDERS.has(token.lower))) {
      // "The route by which this will be paid …": a modal right after the relative's own subject
      // is the relative clause's verb, not the main clause's.
      if (ownSubjectBefore(tokens, j)) {
        roles[j] = mode;
        onSubject = false;
        continue;
      }
      mode = "main";
      onSubject = false;
    } else if (parenthetical && token.lower === "," && resumesMain(tokens, j, mode)) {
      roles[j] = mode;
      mode = "main";
      continue;
    }
    roles[j] = mode;
    // "Critics say the plan will fail": what follows a reporting verb is the report, "that" or not.
    if (mode === "main" && reportsWithoutThat(tokens, j)) mode = "complement";
  }
}

// Marks connectors, fronted adverbial clauses and fronted phrases up to their comma.
function skipFronted(tokens: readonly Token[], from: number, to: number, roles: Role[]): number {
  let i = from;
  for (let round = 0; round < 4 && i < to; round++) {
    const phrase = startsWithPhrase(tokens, i, CONNECTOR_PHRASES);
    const word = tokens[i]?.lower ?? "";
    if (phrase > 0 || CONNECTORS.has(word) || word === ",") {
      i += Math.max(phrase, 1);
      continue;
    }
    const next = tokens[i + 1]?.lower ?? "";
    // "Should the courts intervene, …", "Had they known, …", "Were it so, …": inverted conditions.
    const inverted = i === from && INVERTED.has(word) && tokens[tokens.length - 1]?.lower !== "?";
    const subordinate =
      inverted ||
      SUBORDINATORS.has(word) ||
      FRONT_SUBORDINATORS.has(word) ||
      (word === "even" && SUBORDINATORS.has(next));
    if (!subordinate && !PREPOSITIONS.has(word)) break;
    const comma = findComma(tokens, i, to, subordinate ? 80 : 16);
    if (comma < 0) break;
    // "In my judgment it is the council's duty, …, to act": a phrase with its own subject and
    // finite verb is the main clause, not a fronted frame.
    if (!subordinate && hasFiniteAfterSubject(tokens, i, comma)) break;
    const role: Role = subordinate || LIMITING.has(word) ? "adverbial" : "frame";
    roles.fill(role, i, comma + 1);
    i = comma + 1;
  }
  return i;
}

const AUXILIARIES = new Set([
  "will",
  "would",
  "shall",
  "should",
  "must",
  "can",
  "could",
  "may",
  "might",
  "is",
  "are",
  "was",
  "were",
  "has",
  "have",
  "had",
]);

const MODALS = new Set(["will", "would", "shall", "should", "must", "can", "could", "may", "might", "cannot"]);
// Semi-modals and negated modals that end a clause on the subject as a modal does ("Agencies that
// fund research need to…").
const SUBJECT_ENDERS = new Set(["ought", "need", "needs", "won't", "can't", "shouldn't", "mustn't", "wouldn't"]);

// "that"/"who"/"which" right after a short subject with no verb yet: a relative clause on the subject.
function isSubjectRelative(tokens: readonly Token[], from: number, at: number): boolean {
  const word = tokens[at]?.lower ?? "";
  if (word !== "that" && word !== "who" && word !== "which") return false;
  if (at - from < 1 || at - from > 6) return false;
  for (let k = from; k < at; k++) {
    const lower = tokens[k]?.lower ?? "";
    if (AUXILIARIES.has(lower) || lower === "," || isReportingWord(lower)) return false;
    // A word that reads as a verb ("Studies show that…") means the main verb came before "that".
    if (k > from && /^[a-z]+$/.test(lower) && canBeVerb(lower)) return false;
  }
  return true;
}

const OWN_SUBJECTS = new Set(["this", "that", "it", "we", "i", "you", "they", "he", "she", "one"]);

// A pronoun subject of the relative clause right before its modal, after the relative word or a
// preposition's "which" ("by which this will", "that we will").
function ownSubjectBefore(tokens: readonly Token[], j: number): boolean {
  const subject = tokens[j - 1]?.lower ?? "";
  const before = tokens[j - 2]?.lower ?? "";
  return OWN_SUBJECTS.has(subject) && (before === "which" || before === "that" || before === "whom");
}

function isRelative(word: string): boolean {
  return word === "which" || word === "who" || word === "whom" || word === "whose";
}

// An adverbial aside ends at its comma; a relative one (", which was drafted in 2019, will…")
// only when the main verb follows and the aside did not end on a verb of saying ("…swore, would").
function resumesMain(tokens: readonly Token[], comma: number, mode: Role): boolean {
  if (mode !== "complement") return true;
  const next = tokens[comma + 1]?.lower ?? "";
  return (AUXILIARIES.has(next) || SUBJECT_ENDERS.has(next)) && !isReportingWord(tokens[comma - 1]?.lower ?? "");
}

function reportsWithoutThat(tokens: readonly Token[], j: number): boolean {
  const word = tokens[j]?.lower ?? "";
  const next = tokens[j + 1]?.lower ?? "";
  if (!isReportingWord(word) || !usedAsVerb(tokens, j)) return false;
  return next !== "that" && next !== "to" && next !== "as" && next !== "," && next !== ":" && next !== "";
}

function opensClause(tokens: readonly Token[], j: number, clauseStart: number): Role | undefined {
  const word = tokens[j]?.lower ?? "";
  const previous = tokens[j - 1]?.lower ?? "";
  if (j === clauseStart) return undefined;
  if (SUBORDINATORS.has(word)) return "circumstance";
  if (FRONT_SUBORDINATORS.has(word) && (previous === "," || previous === "even")) {
    return LIMITING.has(word) ? "adverbial" : "circumstance";
  }
  if (word === "that") return isDemonstrative(tokens, j) ? undefined : "complement";
  if (CLAUSE_OPENERS.has(word)) return "complement";
  return undefined;
}

// "that" points at something (rather than opening a clause) after a preposition or before a noun phrase end.
function isDemonstrative(tokens: readonly Token[], j: number): boolean {
  const previous = tokens[j - 1]?.lower ?? "";
  const next = tokens[j + 1]?.lower ?? "";
  return PREPOSITIONS.has(previous) || previous === "and" || previous === "or" || next === "is" || next === ",";
}

function findComma(tokens: readonly Token[], from: number, to: number, limit: number): number {
  let quoted = false;
  for (let i = from; i < to && i < from + limit; i++) {
    const word = tokens[i]?.lower;
    if (word === "“" || word === "”" || word === '"') quoted = word === "“" || (word === '"' && !quoted);
    if (word === "," && !quoted) return i;
  }
  return -1;
}

function hasReporting(tokens: readonly Token[], roles: readonly Role[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    if (roles[i] !== "complement" && isReportingWord(tokens[i]?.lower ?? "")) return true;
  }
  return false;
}

// Quotations, parentheses and paired dashes hold asides; the main clause is what stands outside them.
const ASIDE_CLOSERS = new Map([
  ["“", "”"],
  ["(", ")"],
  ["—", "—"],
  ["–", "–"],
  ['"', '"'],
]);

function markAsides(tokens: readonly Token[], roles: Role[]): void {
  const last = new Map<string, number>();
  tokens.forEach((token, i) => {
    if (token.lower.length === 1) last.set(token.lower, i);
  });
  for (let i = 0; i < tokens.length; i++) {
    const close = ASIDE_CLOSERS.get(tokens[i]?.lower ?? "");
    // Without a closing mark later on, the mark opens no aside (and the scan stays linear).
    if (close === undefined || (last.get(close) ?? -1) <= i) continue;
    let j = i + 1;
    while (j < tokens.length && tokens[j]?.lower !== close) j++;
    const wholeSentence = i === 0 && j >= tokens.length - 2;
    if (!wholeSentence) for (let k = i; k <= j; k++) if (roles[k] === "main") roles[k] = "complement";
    i = j;
  }
}

const FRAME_VERBS = new Set(["is", "are", "was", "were", "will", "would", "should", "must", "can", "could", "shall"]);
const FRAME_SUBJECTS = new Set(["it", "we", "i", "you", "they", "he", "she", "there", "this"]);

// A finite verb right after a pronoun subject inside a fronted phrase ("In my judgment it is …").
function hasFiniteAfterSubject(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from + 2; k < to; k++) {
    if (FRAME_VERBS.has(tokens[k]?.lower ?? "") && FRAME_SUBJECTS.has(tokens[k - 1]?.lower ?? "")) return true;
  }
  return false;
}
