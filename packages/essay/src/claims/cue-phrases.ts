import type { Feature } from "./features.ts";

// The cue a reader sees for each feature, keyed by the feature's name without its last part
// ("rule:ought:modal" → the detector's own cue family "modal"; "modal-sub:will" → "modal-sub").
const PHRASES: Readonly<Record<string, (detail: string) => string>> = {
  modal: (detail) => `decided by "${detail}"`,
  prescriptive: (detail) => `prescribes: "${detail}"`,
  proposal: (detail) => `proposes an action: "${detail}"`,
  imperative: (detail) => `a command: "${detail}"`,
  likely: (detail) => `forecasts: "${detail}"`,
  deontic: (detail) => `states what is required: "${detail}"`,
  consequence: (detail) => `a command and its consequence: "${detail}"`,
  provision: (detail) => `reports what a document provides: "${detail}"`,
  framed: (detail) => `dates the event it reports: "${detail}"`,
  event: (detail) => `a named party's past act: "${detail}"`,
  date: (detail) => `a date reported as fact: "${detail}"`,
  number: (detail) => `a number reported as fact: "${detail}"`,
  record: (detail) => `cites a record: "${detail}"`,
  gauged: (detail) => `states a measured amount: "${detail}"`,
  quotation: (detail) => `quotes words on record: "${detail}"`,
  "introduces-quotation": (detail) => `introduces a quotation on record ("${detail}:")`,
  "quote-runs-on": (detail) => `part of a longer quotation (${detail === "opens" ? "opens it" : "closes it"})`,
  "reporting-verb": (detail) => `reports what someone says or thinks: "${detail}"`,
  impersonal: (detail) => `reports what is said, without saying who: "${detail}"`,
  "other-party": (detail) => `reports another party's view: "${detail}"`,
  "that-clause": (detail) => `reports a view: "${detail}"`,
  source: (detail) => `names a source: "${detail}"`,
  viewpoint: (detail) => `takes another's point of view: "${detail}"`,
  imagined: (detail) => `imagines an objection: "${detail}"`,
  "view-noun": (detail) => `names a view held: "${detail}"`,
  "what-they-say": (detail) => `equates it with another party's words: "${detail}"`,
  reception: (detail) => `reports how others took it: "${detail}"`,
  censure: (detail) => `reports another party's praise or blame: "${detail}"`,
  "acts-on-view": (detail) => `another party acts on a view: "${detail}"`,
  "as-if-they-thought": (detail) => `reads conduct as a view: "${detail}"`,
  "report-verb:regard": (detail) => `reports how someone sees it ("${detail}")`,
  "set-up": (detail) => `sets up another's view: "${detail}"`,
  concessive: (detail) => `grants a point: "${detail}"`,
  "affirm-then-turn": (detail) => `affirms a point, then turns: "${detail}"`,
  "concessive-aside": (detail) => `grants a point in passing: "${detail}"`,
  "allows-then-next-turns": (detail) => `grants a point that the next sentence turns from: "${detail}"`,
  "modal-main": (detail) => `"${detail}" in the main clause`,
  "modal-sub": (detail) => `"${detail}" in a subordinate clause`,
  head: (detail) => `the main clause opens with "${detail}"`,
  "person:first": (detail) => `the author speaks ("${detail}")`,
  "person:second": () => `addresses the reader ("you")`,
  steering: (detail) => `looks past the lead-in "${detail}"`,
  question: () => "asked as a question",
  exclamation: () => "an exclamation",
  hedge: (detail) => `hedged with "${detail}"`,
  negation: (detail) => `negated ("${detail}")`,
  past: (detail) => `past tense ("${detail}")`,
  "past-form": (detail) => `a past form ("${detail}")`,
  present: (detail) => `present tense ("${detail}")`,
  "number-word": (detail) => `a quantity in words ("${detail}")`,
  condition: (detail) => `sets a condition ("${detail}")`,
  names: (detail) => `names someone or something ("${detail}")`,
  "report-with-quote": (detail) => `quotes its source ("${detail}")`,
  "report-by-name": (detail) => `names who says it ("${detail}")`,
  "report-verb:belief": (detail) => `reports a belief or wish ("${detail}")`,
  "report-verb:finding": (detail) => `reports a finding on record ("${detail}")`,
  "report-verb:speech": (detail) => `reports what someone says ("${detail}")`,
  acronym: (detail) => `names an organisation ("${detail}")`,
  aspect: (detail) => `narrates a past event ("${detail}")`,
  "past-with-name": (detail) => `a past event with a name ("${detail}")`,
  "past-with-quantity": (detail) => `a past event with a quantity ("${detail}")`,
  "several-names": (detail) => `names several parties ("${detail}" …)`,
  short: () => "a short sentence",
  long: () => "a long sentence",
  quoted: () => "contains a quotation",
  granting: (detail) => `grants a point: "${detail}"`,
  "turns-within": (detail) => `turns within the sentence ("${detail}")`,
  "yields-then-turns": (detail) => `allows a point ("${detail}") and then turns`,
  seeming: (detail) => `grants how things may seem ("${detail}")`,
  time: (detail) => `places an event in time: "${detail}"`,
  "list-item": () => "a list item",
  "block-quote": () => "quoted as a block",
  "first-in-paragraph": () => "opens its paragraph",
  "position:opening": () => "in the essay's opening",
  "position:closing": () => "in the essay's closing",
  "next-turns": () => 'the next sentence turns ("but", "however")',
};

const FAMILY_WORDS: Readonly<Record<string, string>> = {
  ought: "prescribes",
  forecast: "forecasts",
  fact: "reports a fact",
  report: "reports a view",
  grant: "grants a point",
};

const PRONOUN_I = /(?<![\p{L}\p{N}'’])i(?![\p{L}\p{N}])/gu;

// Phrases already worded, by feature name, then detail: the same cues recur through an essay, and
// one string per cue is also one string in the model, however many sentences show it.
const WORDED = new Map<string, Map<string, string>>();
let worded = 0;

/** The cue a reader sees for a feature, in words (`decided by "should"`), never the feature's code. */
export function cuePhrase(feature: Feature): string {
  let byDetail = WORDED.get(feature.name);
  if (byDetail === undefined) {
    byDetail = new Map();
    WORDED.set(feature.name, byDetail);
  }
  let phrase = byDetail.get(feature.detail);
  if (phrase === undefined) {
    phrase = wordCue(feature);
    if (++worded > 50_000) {
      WORDED.clear();
      worded = 0;
    } else byDetail.set(feature.detail, phrase);
  }
  return phrase;
}

function wordCue(feature: Feature): string {
  const { name } = feature;
  // The words come lower-cased from the tokens: the pronoun "I" is given back its capital.
  const detail = feature.detail.includes("i") ? feature.detail.replace(PRONOUN_I, "I") : feature.detail;
  const neighbour = /^(previous|next)(-paragraph)?:(\w+)$/.exec(name);
  if (neighbour) {
    const where = neighbour[2]
      ? `${neighbour[1]} paragraph's ${neighbour[1] === "previous" ? "last" : "first"} sentence`
      : `${neighbour[1]} sentence`;
    return `the ${where} ${FAMILY_WORDS[neighbour[3] ?? ""] ?? "has a cue"} ("${detail}")`;
  }
  const key = name.startsWith("rule:")
    ? name.slice(name.lastIndexOf(":") + 1)
    : name.startsWith("modal:")
      ? "modal-main"
      : name.startsWith("modal-sub:")
        ? "modal-sub"
        : name.startsWith("head:")
          ? "head"
          : name.startsWith("aspect:")
            ? "aspect"
            : name;
  const phrase = PHRASES[key];
  return phrase ? phrase(detail) : `"${detail}"`;
}
