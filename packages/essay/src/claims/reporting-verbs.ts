import { canBeAdjective } from "../lexicon.ts";
import type { Token } from "./tokens.ts";
import { DETERMINERS, PREPOSITIONS, words } from "./word-classes.ts";

// Verbs by which writers report what another party says, believes, fears or wants.
const REGULAR = words(
  "claim believe fear worry insist argue contend assert allege declare announce acknowledge deny complain boast retort reply respond explain report note warn predict expect hope want wish assume suspect doubt agree accuse urge demand promise pledge vow threaten add observe remark suggest stress emphasize emphasise concede admit recall maintain reckon estimate charge counter object caution lament protest dismiss question imagine suppose conclude calculate ask wonder answer encourage criticize criticise",
);

const IRREGULAR = words(
  "say says said saying tell tells told telling think thinks thought thinking hold holds held holding write writes wrote written writing swear swears swore sworn swearing feel feels felt feeling see sees saw seen seeing put puts putting",
);

// Forms that are just as often nouns ("claims", "fears", "hopes", "reports"): they need verb context.
const AMBIGUOUS = words(
  "claim claims fear fears worry hope hopes want wants wish doubt doubts report reports note notes charge charges counter object objects protest question questions promise promises pledge pledges vow vows demand demands estimate estimates remark remarks view views see put puts feel say answer answers",
);

// Verbs of regarding that report a view when followed by "as" ("sees the plan as …").
const REGARDING = words(
  "refer refers referred see sees saw seen view views viewed regard regards regarded perceive perceives perceived portray portrays portrayed describe describes described depict depicts depicted treat treats treated consider considers considered present presents presented characterize characterizes characterized characterise characterises characterised",
);

// Verbs that report only with a clause, an infinitive or a quotation after them: with a plain
// object they state a want, a pact or an act ("they want force", "the people declare their consent").
const NEEDS_COMPLEMENT = words(
  "agree agrees agreed want wants wanted wish wishes wished hope hopes hoped threaten threatens threatened declare declares declared expect expects expected question questions questioned recall recalls recalled imagine imagines imagined suppose supposes supposed doubt doubts doubted answer answers answered ask asks asked wonder wonders wondered admit admits admitted encourage encourages encouraged",
);

const FORMS = new Set<string>(IRREGULAR);
for (const base of REGULAR) {
  for (const form of inflect(base)) FORMS.add(form);
}

/** True when `word` (lower case) is a form of a reporting verb such as "said", "believes" or "fears". */
export function isReportingWord(word: string): boolean {
  return FORMS.has(word);
}

// Verbs of praise and blame, which report a party's judgement of someone "for" something
// ("critics blamed the council for the delay").
const CENSURE = stems(
  "attack blame condemn denounce decry deride ridicule mock fault chide rebuke scold castigate lambast lambaste praise applaud commend credit",
);

/** True when `word` is a verb of praise or blame ("blamed", "praises"), which reports with "for" after its object. */
export function isCensureWord(word: string): boolean {
  return CENSURE.has(word);
}

/** True when `word` is a reporting form that is as often a noun ("claims", "fears"). */
export function isAmbiguousReporting(word: string): boolean {
  return AMBIGUOUS.has(word);
}

// Reporting verbs by what they report: a belief or want ("fears", "assumes"), a finding or
// announcement on record ("estimated", "announced"), or else speech ("said", "argues").
const BELIEF = stems(
  "believe think thought fear worry assume suppose expect hope want wish suspect doubt feel felt imagine reckon",
);
const FINDING = stems(
  "estimate calculate conclude report announce note observe predict pledge promise vow write wrote written publish declare",
);

function stems(list: string): ReadonlySet<string> {
  const out = new Set<string>();
  for (const base of list.split(" ")) for (const form of inflect(base)) out.add(form);
  return out;
}

/** What a reporting verb reports: a view of something ("sees … as"), a "belief" ("fears"), a "finding" ("estimated"), or "speech" ("said"). */
export function reportVerbClass(word: string): "regard" | "belief" | "finding" | "speech" {
  if (REGARDING.has(word)) return "regard";
  return BELIEF.has(word) ? "belief" : FINDING.has(word) ? "finding" : "speech";
}

/** True when `word` is a reporting verb that reports only with a clause or infinitive after it ("hope that", "want to"). */
export function needsComplement(word: string): boolean {
  return NEEDS_COMPLEMENT.has(word);
}

/** True when `word` reports only with "that" after it ("holds that", "feels that"). */
export function needsThat(word: string): boolean {
  return NEEDS_THAT.has(word);
}

/** True when `word` is a verb of regarding ("sees", "views", "regards") that reports a view with "as". */
export function isRegardingWord(word: string): boolean {
  return REGARDING.has(word);
}

function inflect(base: string): string[] {
  const stem = base.endsWith("e") ? base.slice(0, -1) : base;
  if (/[^aeiou]y$/.test(base)) {
    const root = base.slice(0, -1);
    return [base, `${root}ies`, `${root}ied`, `${base}ing`];
  }
  const third = /(s|sh|ch|x|z)$/.test(base) ? `${base}es` : `${base}s`;
  const past = base.endsWith("e") ? `${base}d` : `${doubled(base)}ed`;
  return [base, third, past, `${stem}ing`];
}

// "admit" → "admitt" before -ed; most reporting verbs need no doubling.
function doubled(base: string): string {
  return /^(admit|regret|commit|omit)$/.test(base) ? `${base}t` : base;
}

// What follows a reporting verb used as a verb: a clause, an object, a quotation.
const AFTER_REPORTING = words(
  'that to it the a an this these those he she they we his her their its our him them us me what how why whether not so no such in with about , : “ " ‘',
);
// Verbs that report only with a that-clause ("holds that", "feels that", "maintains that").
const NEEDS_THAT = words(
  "hold holds held holding feel feels felt feeling maintain maintains maintained maintaining add adds added adding question questions questioned questioning put puts putting",
);
// Quantifiers that stand alone as subjects ("Some claim…", "Many fear…").
const QUANTIFIER_SUBJECTS = words("some many few most all both several");
const BE = words("is are was were be been being");

/** True when the reporting word at `i` is used as a verb ("critics fear that…"), not as a noun ("their fears"). */
export function usedAsVerb(tokens: readonly Token[], i: number): boolean {
  const word = tokens[i]?.lower ?? "";
  const previous = tokens[i - 1]?.lower ?? "";
  const next = tokens[i + 1]?.lower ?? "";
  const infinitive = previous === "to" && !isAmbiguousReporting(word);
  // "it must be admitted that…" grants a point in the author's voice.
  if (previous === "be" && tokens[i - 3]?.lower === "it") return false;
  if (DETERMINERS.has(previous) && !QUANTIFIER_SUBJECTS.has(previous)) return false;
  if ((PREPOSITIONS.has(previous) && !infinitive) || previous.endsWith("'s")) return false;
  if (word.endsWith("ing") && !BE.has(previous)) return false;
  // A passive report reports only when it says what is said ("is said to", "was argued that").
  // (A progressive "are encouraging them to" is no passive.)
  if (BE.has(previous) && !word.endsWith("ing") && next !== "to" && next !== "that" && next !== ",") return false;
  if (/^(?:see|sees|saw|seen|view|views)$/.test(word)) return false;
  const ambiguous = isAmbiguousReporting(word);
  // "an encouraging reply", "potential worries", "recent announced commitments": after an
  // adjective the form is a noun or a participle used as one.
  // ("it is further claimed", "they have long argued": after an auxiliary the word is an adverb.)
  if ((ambiguous || word.endsWith("ed")) && isAdjectival(previous) && !AUXILIARY.has(tokens[i - 2]?.lower ?? ""))
    return false;
  if (NEEDS_THAT.has(word)) return next === "that";
  return !ambiguous || AFTER_REPORTING.has(next);
}

const AUXILIARY = words(
  "is are was were be been being am has have had do does did will would shall should may might can could must",
);

// Words that read as adjectives on their own but stand as adverbs before a verb ("have long argued").
const ADVERBS = words("long still just only already ever well much far early late fast hard often even");

function isAdjectival(word: string): boolean {
  if (BE.has(word) || QUANTIFIER_SUBJECTS.has(word) || ADVERBS.has(word) || !/^\p{L}+$/u.test(word)) return false;
  return word.endsWith("ing") || canBeAdjective(word);
}
