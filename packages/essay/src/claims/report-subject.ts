import { canBeAdjective, isCommonWord } from "../lexicon.ts";
import type { Token } from "./tokens.ts";
import { AUTHOR_SUBJECTS, PREPOSITIONS, words } from "./word-classes.ts";

/**
 * Who does the saying in a report: the author ("I believe"), the reader ("you may feel"), nobody
 * in particular ("it is said"), nobody or few ("few would argue": the author claiming consensus), another party ("critics argue", "they fear"), a named party
 * ("Lisbon believes"), a record ("the data suggest"), some other thing ("the challenges threaten"),
 * or nobody at all (a command: "explain to them").
 */
export interface ReportSubject {
  readonly kind: "author" | "reader" | "consensus" | "impersonal" | "party" | "name" | "record" | "thing" | "none";
  /** The subject's words as the sentence gives them (lower case). */
  readonly words: string;
}

// Words between a subject and its verb: auxiliaries, negation and adverbs ("they have long argued").
const BETWEEN = words(
  "is are was were be been being am has have had do does did will would shall should may might can could must not n't never also often still even always now then already just only long further ever generally commonly widely sometimes usually rightly wrongly once soon all both too no longer 'd 've 'll 's 're don't doesn't didn't won't wouldn't can't couldn't shouldn't isn't aren't wasn't weren't hasn't haven't hadn't mustn't cannot",
);
// Verbs that pass their subject on through "to" ("they seem to think", "he began to argue").
const CATENATIVE = words(
  "seem seems seemed appear appears appeared tend tends tended continue continues continued begin begins began begun like likes liked love loves loved prefer prefers preferred try tries tried used refuse refuses refused hasten hastens hastened want wants wanted came come comes went go goes dare dares dared choose chooses chose chosen tempted inclined likely apt quick eager ready willing fond wont",
);
const READER = words("you ye");
// "Few would argue …", "none can say …", "nobody doubts …": the author asserting what all accept.
const CONSENSUS = words("few none nobody");
const IMPERSONAL = words("is was be been being");
// Pronouns, quantifiers and people nouns that name a party other than the author.
const PARTIES = words(
  "they he she them him they've they'd they're they'll he's he'd he'll she's she'd she'll people some many others those these critics opponents advocates supporters proponents skeptics sceptics economists experts officials observers commentators everyone everybody someone somebody anyone most few one men women man mankind person persons public government administration court courts committee party parties congress parliament council board agency company firm team group union press media world country countries nation nations state states church ministry department office industry community society",
);
// Records and history "speak" only as the author reads them ("The data tell a different story").
const RECORDS = words(
  "data figures numbers evidence facts history record results statistics experience research literature study studies paper papers report reports survey surveys analysis analyses findings review model models theory",
);
// People by their role: "voters", "the minister", "researchers", "the president".
// Plural "-ers"/"-ors" and singular "-ist"/"-ian"/"-ent"/"-ant" (not "-ment"): "matter" and
// "number" are no agents, "statements" and "documents" are records.
const AGENT = /^\p{L}{3,}(?:ers|ors|ists?|ians?|ics|ants|ees)$|^\p{L}{3,}(?<!m)ents$/u;
// Singular "-ent"/"-ant" is as often an adjective ("important", "recent"): only nouns count.
const SINGULAR_AGENT = /^\p{L}{3,}(?<!m)(?:ent|ant)$/u;
// Verbs of saying that may come before their subject after a quotation ("…, said the minister").
const INVERTING = words(
  "say says said ask asks asked reply replies replied answer answers answered add adds added write writes wrote continue continues continued",
);
const BOUNDARIES = words("; : — – ( )");
const LINKS = words('and or but yet nor who which that whom , “ ” " ‘ ’');

/**
 * Index of the word that is the subject of the verb at `verb`, looking back past auxiliaries,
 * negation, adverbs and "seem to"; -1 when none stands before it in the clause.
 */
export function subjectIndex(tokens: readonly Token[], head: number, verb: number): number {
  let j = verb - 1;
  while (j >= head) {
    const word = tokens[j]?.lower ?? "";
    if (BETWEEN.has(word) || (word.length > 3 && word.endsWith("ly") && word !== "only")) j--;
    else if (word === "to" && CATENATIVE.has(tokens[j - 1]?.lower ?? "")) j -= 2;
    else break;
  }
  return j >= head ? j : -1;
}

/** Who says what the verb at `verb` reports, from the subject word at `at` (see {@link subjectIndex}). */
export function reportSubject(tokens: readonly Token[], at: number, verb: number): ReportSubject {
  const word = at >= 0 ? (tokens[at]?.lower ?? "") : "";
  // "they looked at the plan and said …": the clause's subject says it.
  if (word === "and" || word === "or" || word === "nor") return clauseSubject(tokens, at, verb);
  // "those who believe …": the word the relative clause hangs on.
  if ((word === "who" || word === "that") && at > 0) return reportSubject(tokens, at - 1, verb);
  // "the contributors they'd talked to said …": a stranded preposition before a finite verb.
  if (PREPOSITIONS.has(word) && isFiniteVerb(tokens[verb]?.lower ?? "")) return clauseSubject(tokens, at, verb);
  if (at >= 0 && !LINKS.has(word) && !PREPOSITIONS.has(word) && !BOUNDARIES.has(word)) {
    const kind = classify(tokens, at, verb);
    return { kind, words: phrase(tokens, at) };
  }
  // "…?” they ask" / "…, said the minister": a subject after the verb of a postposed report.
  const previous = tokens[verb - 1]?.lower ?? "";
  const inverts = INVERTING.has(tokens[verb]?.lower ?? "");
  if (inverts && (previous === "," || previous === "?" || previous === "”" || previous === '"')) {
    const after = tokens[verb + 1];
    if (after && (PARTIES.has(after.lower) || (after.capital && after.lower !== "i"))) {
      return { kind: "party", words: after.lower };
    }
  }
  return { kind: "none", words: "" };
}

function classify(tokens: readonly Token[], at: number, verb: number): ReportSubject["kind"] {
  const token = tokens[at] as Token;
  const word = token.lower;
  if (AUTHOR_SUBJECTS.has(word) || word === "us" || word === "me") return "author";
  if (READER.has(word)) return "reader";
  if (CONSENSUS.has(word) || (word === "one" && tokens[at - 1]?.lower === "no")) return "consensus";
  const passive = isPassive(tokens, at, verb);
  if (word === "it") return passive && tokens[at - 1]?.lower !== "let" ? "impersonal" : "thing";
  // "The plan is expected to …", "this was acknowledged by the court": a passive says nothing of who.
  if (passive) return "none";
  // "I and others believe": the author among others.
  if (tokens[at - 1]?.lower === "and" && AUTHOR_SUBJECTS.has(tokens[at - 2]?.lower ?? "")) return "author";
  if (PARTIES.has(word)) return "party";
  if (RECORDS.has(word)) return "record";
  if (token.capital && (at > 0 || !isCommonWord(word)) && /^\p{Lu}/u.test(token.text)) return "name";
  if (AGENT.test(word) || (SINGULAR_AGENT.test(word) && !canBeAdjective(word))) return "party";
  return "thing";
}

// The subject at the head of the clause that holds the verb: its first words up to a verb-like word.
function clauseSubject(tokens: readonly Token[], at: number, verb: number): ReportSubject {
  let start = at;
  while (start > 0 && !BOUNDARIES.has(tokens[start - 1]?.lower ?? "")) start--;
  for (let k = start; k < Math.min(at, start + 5); k++) {
    const token = tokens[k] as Token;
    const next = tokens[k + 1]?.lower ?? "";
    if (PREPOSITIONS.has(token.lower)) continue;
    if (DETERMINER_LIKE.has(token.lower) && next !== "of" && /^\p{L}/u.test(next) && !BETWEEN.has(next) && k + 1 < at)
      continue;
    if (!/^\p{L}/u.test(token.lower) || CLAUSE_WORDS.has(token.lower)) continue;
    const kind = classify(tokens, k, verb);
    return { kind: kind === "thing" ? "none" : kind, words: phrase(tokens, k) };
  }
  return { kind: "none", words: "" };
}

// Words that open a clause before its subject, and words that stand before a noun they modify.
const CLAUSE_WORDS = words("if when while although though because since as so but and yet then now however also");
const DETERMINER_LIKE = words("the a an these those this that some many most few all several both each every any no");

function phrase(tokens: readonly Token[], at: number): string {
  let from = at;
  while (from > 0 && from > at - 4) {
    const word = tokens[from - 1]?.lower ?? "";
    if (LINKS.has(word) || !/^\p{L}/u.test(word)) break;
    from--;
  }
  return tokens
    .slice(from, at + 1)
    .map((token) => token.lower)
    .join(" ");
}

// A past or third-person form ("said", "argues"), which never follows an infinitive's "to".
function isFiniteVerb(word: string): boolean {
  return /(?:ed|[^s]s)$/.test(word) || FINITE_IRREGULAR.has(word);
}

const FINITE_IRREGULAR = words("said told thought held wrote felt saw swore put");

// "it is said", "the plan was widely expected": a form of "be" and then only adverbs before the verb.
function isPassive(tokens: readonly Token[], at: number, verb: number): boolean {
  for (let k = verb - 1; k > at; k--) {
    const word = tokens[k]?.lower ?? "";
    if (IMPERSONAL.has(word)) return true;
    if (!BETWEEN.has(word) && !(word.length > 3 && word.endsWith("ly"))) return false;
  }
  return false;
}
