import { isCommonWord } from "../lexicon.ts";
import { attributionCues } from "./attribution.ts";
import { concessionCues } from "./concession.ts";
import { evidenceCues } from "./evidence.ts";
import { predictionCues } from "./prediction.ts";
import { recommendationCues } from "./recommendation.ts";
import { reportVerbClass } from "./reporting-verbs.ts";
import type { SentenceView } from "./sentence-view.ts";
import { tenseAspect } from "./tense-aspect.ts";
import type { Token } from "./tokens.ts";
import { AUTHOR_SUBJECTS, words } from "./word-classes.ts";

/**
 * A feature the claim model weighs: an internal name, and the words of the sentence that raised
 * it, from which {@link cuePhrase} writes the cue a reader sees.
 */
export interface Feature {
  readonly name: string;
  readonly detail: string;
}

/** What the features know of a sentence beyond its own words. */
export interface FeatureContext {
  readonly listItem?: boolean;
  readonly blockQuote?: boolean;
  /** The paragraph's position in the essay, from 0 (first) to 1 (last). */
  readonly position?: number;
  /** True for the paragraph's first sentence. */
  readonly firstInParagraph?: boolean;
  /** The next sentence of the same paragraph, if any. */
  readonly next?: string;
}

const MODALS = words(
  "will would shall should must may might could can ought need 'll won't wouldn't shouldn't can't cannot",
);
const HEDGES = words("perhaps possibly probably likely unlikely seems seem seemed appears appear arguably maybe");
const NEGATIONS = words("not n't never no nothing nobody none neither nor");
const PAST = words(
  "was were had did said made took found showed began came went gave got held led left met ran saw sent set spent stood told thought won wrote brought built bought chose drew fell grew knew lost paid rose sold spoke became announced launched released reported published",
);
const NUMBER_WORDS = words(
  "two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands million millions billion billions trillion dozen dozens half percent",
);
const PRESENT = words("is are am 's remains remain");
const CONDITIONS = words("if unless whenever once when");
const SEEMING = /\b(?:may|might|can|could) (?:well )?(?:seem|appear|sound|look)\b/;
const GRANTING = /\b(?:of course|no doubt|doubtless|admittedly|to be sure|granted|it is true)\b/;
const GRANTING_WORDS = ["of course", "doubt", "admittedly", "to be sure", "granted", "it is true"];
const TIME =
  /\b(?:last (?:year|week|month|decade|century|spring|summer|fall|autumn|winter|night)|yesterday|today|this (?:year|week|month)|recently|earlier this|\d+ (?:years?|months?|weeks?|days?) ago|in (?:january|february|march|april|june|july|august|september|october|november|december))\b/;
// A main clause that allows something ("can be", "may seem", "is true", "are important") and
// then turns with "but": the shape of a concession.
const YIELDING =
  /^[^,;]*?\b((?:can|may|might|could) (?:be|seem|sound|look|have)|(?:is|are) (?:true|important|real|right|useful|valuable|understandable))\b[^;]*?[,;] but\b/;
const TURN = /^(?:but|yet|however|still|nevertheless|nonetheless|even so|that said|and yet)\b/i;

/**
 * The features of one sentence: the rule-based cue detectors (each a general English pattern),
 * the main clause's opening word and word pair, modality, negation, person, tense, quotation and position. (Every
 * word of the main clause as a feature was tried and over-fitted: cross-validated macro-F1 fell.)
 */
export function sentenceFeatures(view: SentenceView, context: FeatureContext = {}): Feature[] {
  const features: Feature[] = [];
  const add = (name: string, detail: string): void => {
    for (const feature of features) if (feature.name === name) return;
    features.push({ name, detail });
  };
  const turnsNext = nextTurns(context);
  detectorFeatures(view, context, turnsNext, add);
  mainClauseFeatures(view, add);
  shapeFeatures(view, context, turnsNext, add);
  // The main verb's tense and aspect: a past event or past passive, with the kind of subject.
  const past = tenseAspect(view);
  if (past) {
    add(cached(ASPECT_NAMES, past.aspect, "aspect:"), past.verb);
    add(cachedPair(ASPECT_PAIRS, past.aspect, past.subject, "aspect:", ":"), past.verb);
  }
  return features;
}

type Add = (name: string, detail: string) => void;

function detectorFeatures(view: SentenceView, context: FeatureContext, turnsNext: boolean, add: Add): void {
  const question = view.tokens[view.tokens.length - 1]?.lower === "?";
  const prescriptions = recommendationCues(view, context.listItem === true);
  addCues(add, "ought", prescriptions);
  const forecasts = predictionCues(view);
  addCues(add, "forecast", forecasts);
  addCues(add, "fact", evidenceCues(view, context.blockQuote === true));
  const reports = attributionCues(view);
  addCues(add, "report", reports);
  addCues(
    add,
    "grant",
    concessionCues(view, {
      forecasts: forecasts.length > 0,
      prescribes: prescriptions.length > 0,
      nextTurns: turnsNext,
    }),
  );
  // A report that quotes or names its source reads as a record (evidence) more often than a view
  // set up to be answered; a linear model needs the pair as a feature of its own.
  const reported = reports[0];
  if (reported !== undefined) {
    if (/[“"]/.test(view.lead)) add("report-with-quote", reported.slice(reported.indexOf(":") + 1));
    // A name as the subject ("Hale argued …") names the source as well as one later in the clause.
    const head = view.tokens[view.head];
    const namedHead = head?.capital === true && !isCommonWord(head.lower) && head.lower !== "i";
    if (namedHead || view.tokens.some((token, i) => i > view.head && token.capital && view.roles[i] === "main"))
      add("report-by-name", reported.slice(reported.indexOf(":") + 1));
    // A finding or announcement on record ("estimated", "announced") reads as evidence more often
    // than a belief ("fears", "assumes") does.
    if (reported.startsWith("reporting-verb:")) {
      const verb = reported.slice(15).split(" ")[0] ?? "";
      add(`report-verb:${reportVerbClass(verb)}`, verb);
    }
  }
  if (view.steering) add("steering", view.steering);
  if (question) add("question", "");
  if (view.lead.endsWith("!")) add("exclamation", "");
}

// A detector's cues ("modal:should") as features: the family names the feature, the rest is its detail.
function addCues(add: Add, detector: string, cues: readonly string[]): void {
  for (const cue of cues) {
    const colon = cue.indexOf(":");
    add(ruleName(detector, colon < 0 ? cue : cue.slice(0, colon)), colon < 0 ? "" : cue.slice(colon + 1));
  }
}

function mainClauseFeatures(view: SentenceView, add: Add): void {
  const head = view.tokens[view.head]?.lower ?? "";
  if (head) add(cached(HEAD_NAMES, head, "head:"), head);
  // The first two words of the main clause ("it is", "there are", "we must"): how a sentence opens
  // says much of what it does, and pairs generalise where whole clauses over-fit.
  const second = view.tokens[view.head + 1]?.lower;
  if (head && second) {
    const name = cachedPair(HEAD_PAIRS, head, second, "head:", " ");
    add(name, name.slice(5));
  }
  if (AUTHOR_SUBJECTS.has(head)) add("person:first", head);
  else if (head === "you") add("person:second", head);
  const { tokens, roles } = view;
  let past = "";
  let name = "";
  let names = 0;
  let quantity = "";
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const word = token.lower;
    const main = roles[i] === "main";
    const classes = WORD_CLASSES.get(word) ?? 0;
    if (classes !== 0) addClasses(add, word, classes, main, roles[i] === "complement");
    if (main && classes & PAST_FORM) past ||= word;
    if (classes & NUMBER_WORD && roles[i] !== "adverbial") quantity ||= word;
    if (!main || i <= view.head) continue;
    if (word.length > 4 && word.endsWith("ed")) {
      add("past-form", word);
      past ||= word;
    }
    if (token.capital && /^\p{Lu}\p{Ll}/u.test(token.text)) {
      add("names", token.text);
      name ||= token.text;
      names++;
    }
    if (token.capital && token.text.length <= 7 && /^\p{Lu}{2,6}s?$/u.test(token.text)) add("acronym", token.text);
  }
  // Conjunctions a linear model cannot form itself: a named party or a quantity in a past-tense
  // main clause reads as a dated event on record.
  if (past && name) add("past-with-name", `${past} … ${name}`);
  if (past && quantity) add("past-with-quantity", `${past} … ${quantity}`);
  if (names >= 2) add("several-names", name);
}

// One lookup per token: the word classes a word belongs to, as bits.
const MODAL = 1;
const HEDGE = 2;
const NEGATION = 4;
const PAST_FORM = 8;
const NUMBER_WORD = 16;
const PRESENT_FORM = 32;
const CONDITION = 64;
const WORD_CLASSES = new Map<string, number>();
for (const [set, bit] of [
  [MODALS, MODAL],
  [HEDGES, HEDGE],
  [NEGATIONS, NEGATION],
  [PAST, PAST_FORM],
  [NUMBER_WORDS, NUMBER_WORD],
  [PRESENT, PRESENT_FORM],
  [CONDITIONS, CONDITION],
] as const) {
  for (const word of set) WORD_CLASSES.set(word, (WORD_CLASSES.get(word) ?? 0) | bit);
}

function addClasses(add: Add, word: string, classes: number, main: boolean, complement: boolean): void {
  if (classes & MODAL) {
    const names = MODAL_NAMES.get(word);
    if (names) add(main ? names[0] : names[1], word);
  }
  if (classes & HEDGE) add("hedge", word);
  if (classes & NUMBER_WORD) add("number-word", word);
  if (main) {
    if (classes & NEGATION) add("negation", word);
    if (classes & PAST_FORM) add("past", word);
    if (classes & PRESENT_FORM) add("present", word);
  } else if (classes & CONDITION && !complement) add("condition", word);
}

function shapeFeatures(view: SentenceView, context: FeatureContext, turnsNext: boolean, add: Add): void {
  const length = view.tokens.length;
  if (length < 8) add("short", "");
  else if (length > 40) add("long", "");
  if (/[“"]/.test(view.lead)) add("quoted", "");
  const granting = GRANTING_WORDS.some((word) => view.lead.includes(word)) ? GRANTING.exec(view.lead) : null;
  if (granting) add("granting", granting[0]);
  const turn = /[,;] (?:but|yet|though|although) /.exec(view.lead);
  if (turn) add("turns-within", turn[0].slice(2).trim());
  const yielding = view.lead.includes(" but ") ? YIELDING.exec(view.lead) : null;
  if (yielding) add("yields-then-turns", yielding[1] ?? "");
  const seeming = /seem|appear|sound|look/.test(view.lead) ? SEEMING.exec(view.lead) : null;
  if (seeming) add("seeming", seeming[0]);
  const time = TIME.exec(view.lead);
  if (time) add("time", time[0]);
  if (context.listItem) add("list-item", "");
  if (context.blockQuote) add("block-quote", "");
  if (context.firstInParagraph) add("first-in-paragraph", "");
  const position = context.position;
  if (position !== undefined) {
    if (position <= 0.1) add("position:opening", "");
    else if (position >= 0.9) add("position:closing", "");
  }
  if (turnsNext) add("next-turns", "");
}

function nextTurns(context: FeatureContext): boolean {
  return context.next !== undefined && TURN.test(context.next.trimStart());
}

const HEAD_NAMES = new Map<string, string>();
const ASPECT_NAMES = new Map<string, string>();
const HEAD_PAIRS = new Map<string, Map<string, string>>();
const ASPECT_PAIRS = new Map<string, Map<string, string>>();
const RULE_NAMES = new Map<string, Map<string, string>>();

function ruleName(detector: string, family: string): string {
  return cachedPair(RULE_NAMES, detector, family, "rule:", ":");
}

// The same for a name of two parts, looked up by the parts: no string is joined (and hashed) to
// find a name already built.
function cachedPair(
  names: Map<string, Map<string, string>>,
  first: string,
  second: string,
  prefix: string,
  separator: string,
): string {
  let inner = names.get(first);
  let name = inner?.get(second);
  if (name === undefined) {
    name = prefix + first + separator + second;
    if (inner === undefined && names.size < 50_000) {
      inner = new Map();
      names.set(first, inner);
    }
    if (inner !== undefined && inner.size < 50_000) inner.set(second, name);
  }
  return name;
}

// Feature names repeat across sentences: building each once keeps the tagger's allocations down.
function cached(names: Map<string, string>, key: string, prefix: string): string {
  let name = names.get(key);
  if (name === undefined) {
    name = prefix + key;
    if (names.size < 50_000) names.set(key, name);
  }
  return name;
}

const MODAL_NAMES = new Map([...MODALS].map((word) => [word, [`modal:${word}`, `modal-sub:${word}`] as const]));
