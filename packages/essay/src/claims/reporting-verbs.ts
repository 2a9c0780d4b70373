import { canBeAdjective } from "../lexicon.ts";
import type { Token } from "./tokens.ts";
import { DETERMINERS, PREPOSITIONS, words } from "./word-classes.ts";

// Verbs by which writers report what another party says, believes, fears or wants.
const REGULAR = words(
  "claim believe fear worry insist argue contend assert allege declare announce acknowledge deny complain boast retort reply respond explain report note warn predict expect hope want wish assume suspect doubt agree accuse urge demand promise pledge vow threaten add observe remark suggest stress emphasize emphasise concede admit recall maintain reckon estimate charge counter object caution lament protest dismiss question imagine suppose conclude calculate ask wonder answer",
);

const IRREGULAR = words(
  "say says said tell tells told think thinks thought hold holds held write writes wrote written swear swears swore sworn feel feels felt see sees saw seen put puts",
);

// Forms that are just as often nouns ("claims", "fears", "hopes", "reports"): they need verb context.
const AMBIGUOUS = words(
  "claim claims fear fears worry hope hopes want wants wish doubt doubts report reports note notes charge charges counter object objects protest question questions promise promises pledge pledges vow vows demand demands estimate estimates remark remarks view views see put puts feel say answer answers",
);

// Verbs of regarding that report a view when followed by "as" ("sees the plan as …").
const REGARDING = words(
  "see sees saw seen view views viewed regard regards regarded perceive perceives perceived portray portrays portrayed describe describes described depict depicts depicted treat treats treated consider considers considered present presents presented characterize characterizes characterized characterise characterises characterised",
);

// Verbs that report only with a clause, an infinitive or a quotation after them: with a plain
// object they state a want, a pact or an act ("they want force", "the people declare their consent").
const NEEDS_COMPLEMENT = words(
  "agree agrees agreed want wants wanted wish wishes wished hope hopes hoped threaten threatens threatened declare declares declared expect expects expected question questions questioned recall recalls recalled imagine imagines imagined suppose supposes supposed doubt doubts doubted answer answers answered ask asks asked wonder wonders wondered",
);

const FORMS = new Set<string>(IRREGULAR);
for (const base of REGULAR) {
  for (const form of inflect(base)) FORMS.add(form);
}

/** True when `word` (lower case) is a form of a reporting verb such as "said", "believes" or "fears". */
export function isReportingWord(word: string): boolean {
  return FORMS.has(word);
}

/** True when `word` is a reporting form that is as often a noun ("claims", "fears"). */
export function isAmbiguousReporting(word: string): boolean {
  return AMBIGUOUS.has(word);
}

/** True when `word` is a reporting verb that reports only with a clause or infinitive after it ("hope that", "want to"). */
export function needsComplement(word: string): boolean {
  return NEEDS_COMPLEMENT.has(word);
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
  "hold holds held feel feels felt maintain maintains maintained add adds added question questions questioned put puts",
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
  if (BE.has(previous) && next !== "to" && next !== "that" && next !== ",") return false;
  if (NEEDS_THAT.has(word)) return next === "that";
  if (/^(?:see|sees|saw|seen|view|views)$/.test(word)) return false;
  if (!isAmbiguousReporting(word)) return true;
  // "an encouraging reply", "potential worries", "new hope": after an adjective the form is a noun.
  const adjectival = !BE.has(previous) && !QUANTIFIER_SUBJECTS.has(previous) && /^\p{L}+$/u.test(previous);
  if (adjectival && (previous.endsWith("ing") || canBeAdjective(previous))) return false;
  return AFTER_REPORTING.has(next);
}
