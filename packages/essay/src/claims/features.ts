import { attributionCues } from "./attribution.ts";
import { concessionCues } from "./concession.ts";
import { evidenceCues } from "./evidence.ts";
import { predictionCues } from "./prediction.ts";
import { recommendationCues } from "./recommendation.ts";
import type { SentenceView } from "./sentence-view.ts";
import { AUTHOR_SUBJECTS, words } from "./word-classes.ts";

/** A feature the claim model weighs: an internal name, and the phrase a reader sees as a cue. */
export interface Feature {
  readonly name: string;
  readonly phrase: string;
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
const GRANTING = /\b(?:of course|no doubt|doubtless|admittedly|to be sure|granted|it is true)\b/;
const TIME =
  /\b(?:last (?:year|week|month|decade|century|spring|summer|fall|autumn|winter|night)|yesterday|today|this (?:year|week|month)|recently|earlier this|\d+ (?:years?|months?|weeks?|days?) ago|in (?:january|february|march|april|june|july|august|september|october|november|december))\b/;
const TURN = /^(?:but|yet|however|still|nevertheless|nonetheless|even so|that said|and yet)\b/i;

/**
 * The features of one sentence: the rule-based cue detectors (each a general English pattern),
 * the main clause's opening word, modality, negation, person, tense, quotation and position. (Every
 * word of the main clause as a feature was tried and over-fitted: cross-validated macro-F1 fell.)
 */
export function sentenceFeatures(view: SentenceView, context: FeatureContext = {}): Feature[] {
  const features: Feature[] = [];
  const names = new Set<string>();
  const add = (name: string, phrase: string): void => {
    if (names.has(name)) return;
    names.add(name);
    features.push({ name, phrase });
  };
  detectorFeatures(view, context, add);
  mainClauseFeatures(view, add);
  shapeFeatures(view, context, add);
  return features;
}

type Add = (name: string, phrase: string) => void;

function detectorFeatures(view: SentenceView, context: FeatureContext, add: Add): void {
  const question = view.tokens[view.tokens.length - 1]?.lower === "?";
  const detected: [string, readonly string[]][] = [
    ["ought", recommendationCues(view, context.listItem === true)],
    ["forecast", predictionCues(view)],
    ["fact", evidenceCues(view)],
    ["report", attributionCues(view)],
    ["grant", concessionCues(view)],
  ];
  for (const [detector, cues] of detected) {
    for (const cue of cues)
      add(`rule:${detector}:${cue.slice(0, Math.max(cue.indexOf(":"), 0)) || cue}`, describe(cue));
  }
  if (view.steering) add("steering", `looks past the lead-in "${view.steering}"`);
  if (question) add("question", "asked as a question");
  if (view.lead.endsWith("!")) add("exclamation", "an exclamation");
}

function mainClauseFeatures(view: SentenceView, add: Add): void {
  const seen = new Set<string>();
  const head = view.tokens[view.head]?.lower ?? "";
  if (head) add(`head:${head}`, `the main clause opens with "${head}"`);
  if (AUTHOR_SUBJECTS.has(head)) add("person:first", `the author speaks ("${head}")`);
  else if (head === "you") add("person:second", `addresses the reader ("you")`);
  view.tokens.forEach((token, i) => {
    const word = token.lower;
    if (!/^\p{L}/u.test(word) || seen.has(word)) return;
    seen.add(word);
    const main = view.roles[i] === "main";
    if (MODALS.has(word))
      add(`${main ? "modal" : "modal-sub"}:${word}`, `"${word}" in ${main ? "the main" : "a subordinate"} clause`);
    if (HEDGES.has(word)) add("hedge", `hedged with "${word}"`);
    if (main && NEGATIONS.has(word)) add("negation", `negated ("${word}")`);
    if (main && PAST.has(word)) add("past", `past tense ("${word}")`);
    if (NUMBER_WORDS.has(word)) add("number-word", `a quantity in words ("${word}")`);
    if (main && PRESENT.has(word)) add("present", `present tense ("${word}")`);
    if (!main && CONDITIONS.has(word) && view.roles[i] !== "complement")
      add("condition", `sets a condition ("${word}")`);
    if (main && i > view.head && word.length > 4 && word.endsWith("ed")) add("past-form", `a past form ("${word}")`);
    if (main && i > view.head && token.capital && /^\p{Lu}\p{Ll}/u.test(token.text))
      add("names", `names someone or something ("${token.text}")`);
  });
}

function shapeFeatures(view: SentenceView, context: FeatureContext, add: Add): void {
  const length = view.tokens.length;
  if (length < 8) add("short", "a short sentence");
  else if (length > 40) add("long", "a long sentence");
  if (/[“"]/.test(view.lead)) add("quoted", "contains a quotation");
  const granting = GRANTING.exec(view.lead);
  if (granting) add("granting", `grants a point: "${granting[0]}"`);
  const turn = /[,;] (?:but|yet|though|although) /.exec(view.lead);
  if (turn) add("turns-within", `turns within the sentence ("${turn[0].slice(2).trim()}")`);
  if (/\b(?:may|might|can|could) (?:well )?(?:seem|appear|sound|look)\b/.test(view.lead))
    add("seeming", "grants how things may seem");
  const time = TIME.exec(view.lead);
  if (time) add("time", `places an event in time: "${time[0]}"`);
  if (context.listItem) add("list-item", "a list item");
  if (context.blockQuote) add("block-quote", "quoted as a block");
  if (context.firstInParagraph) add("first-in-paragraph", "opens its paragraph");
  const position = context.position;
  if (position !== undefined) {
    if (position <= 0.1) add("position:opening", "in the essay's opening");
    else if (position >= 0.9) add("position:closing", "in the essay's closing");
  }
  if (context.next && TURN.test(context.next.trimStart()))
    add("next-turns", 'the next sentence turns ("but", "however")');
}

const DESCRIPTIONS: Record<string, (detail: string) => string> = {
  modal: (detail) => `decided by "${detail}"`,
  prescriptive: (detail) => `prescribes: "${detail}"`,
  proposal: (detail) => `proposes an action: "${detail}"`,
  imperative: (detail) => `a command: "${detail}"`,
  likely: (detail) => `forecasts: "${detail}"`,
  date: (detail) => `a date reported as fact: "${detail}"`,
  number: (detail) => `a number reported as fact: "${detail}"`,
  record: (detail) => `cites a record: "${detail}"`,
  "reporting-verb": (detail) => `reports what someone says or thinks: "${detail}"`,
  source: (detail) => `names a source: "${detail}"`,
  "set-up": (detail) => `sets up another's view: "${detail}"`,
  concessive: (detail) => `grants a point: "${detail}"`,
};

function describe(cue: string): string {
  const colon = cue.indexOf(":");
  const name = colon < 0 ? cue : cue.slice(0, colon);
  const detail = colon < 0 ? "" : cue.slice(colon + 1);
  return DESCRIPTIONS[name]?.(detail) ?? `"${detail || name}"`;
}
