import { isCommonWord } from "../lexicon.ts";
import type { SentenceView } from "./sentence-view.ts";
import { AUTHOR_SUBJECTS, DETERMINERS, PREPOSITIONS, words } from "./word-classes.ts";

// Irregular simple-past forms of event verbs (things that happen at a moment, not states).
const EVENT_PAST = words(
  "began became brought built bought came chose drew drove fell fought forbade forgave froze gave got grew hid hung left led lost made met paid put ran rang rode rose sank sat saw sent set shook shot shut sold spoke spent split spread stole stood struck swore taught tore threw told took underwent undertook upset withdrew woke won wrote overcame overthrew",
);
// Irregular past participles, for perfects and passives ("has written", "was given").
const PARTICIPLES = words(
  "been begun become brought built bought come chosen done drawn driven fallen fought found given gone got gotten grown held hidden kept known laid led left lost made met paid put run said seen sent set shaken shot shown shut sold spoken spent split spread stolen stood struck sworn taught thought told taken torn thrown understood undergone undertaken won written overcome overthrown",
);
// Past forms of verbs of state: they describe how things were, not what happened.
const STATIVE_PAST = words(
  "was were had seemed appeared knew thought felt believed meant wanted liked loved hoped remained lay belonged consisted depended needed owned understood deserved lacked resembled contained",
);
// Words that stand between an auxiliary and its participle ("was not yet", "have already").
const BETWEEN = words("not never already also just yet since then now first recently long ever all both n't");
// A finite verb of the present or a modal: the clause is not in the past.
const PRESENT_OR_MODAL = words(
  "is are am do does will would shall should must may might can could cannot won't can't ought need needs 'll 're 'm",
);
const HAVE = words("has have 've");
const PRONOUNS = words("he she they it one");

/** A main clause that narrates a past event: its aspect, the kind of its subject and its verb's words. */
export interface PastAspect {
  readonly aspect: "past-event" | "past-passive";
  readonly subject: "first" | "pronoun" | "name" | "noun";
  readonly verb: string;
}

/**
 * The aspect of the main clause's first verb when it reports a past event, alone and with the kind
 * of its subject: a simple past of an event verb ("The council
 * signed…", "We wrote…") is `past-event`, a past passive ("were indicted") `past-passive`. Undefined
 * when the main verb is present, modal, a perfect or a past state ("was", "seemed", "had"), or not
 * found. Subjects are `first` (I, we), `pronoun`, `name` (a capitalised word) or `noun`. Narrative
 * reports what happened in the simple past; a past state or a perfect more often interprets it
 * (as features of their own, perfects and states measured lower in cross-validation).
 */
export function tenseAspect(view: SentenceView): PastAspect | undefined {
  const { tokens, roles } = view;
  const end = Math.min(tokens.length, view.head + 12);
  for (let i = view.head; i < end; i++) {
    if (roles[i] !== "main") continue;
    const word = tokens[i]?.lower ?? "";
    if (i > view.head && PRESENT_OR_MODAL.has(word)) return undefined;
    const aspect = aspectAt(view, i, word);
    if (aspect === undefined) continue;
    if (aspect !== "past-event" && aspect !== "past-passive") return undefined;
    const verb = aspect === "past-passive" ? `${word} ${tokens[i + 1]?.lower ?? ""}` : word;
    return { aspect, subject: subjectKind(view, i), verb };
  }
  return undefined;
}

// The aspect a verb at `i` gives the clause ("perfect", "past-state", …): "" when it is not past,
// undefined when `i` is no verb.
function aspectAt(view: SentenceView, i: number, word: string): string | undefined {
  const { tokens } = view;
  const previous = tokens[i - 1]?.lower ?? "";
  // The subject's first word is not its verb ("Built in 1990, the bridge…" is left alone).
  if (i === view.head) return undefined;
  if (HAVE.has(word) || word === "had" || word === "was" || word === "were") {
    let k = i + 1;
    while (BETWEEN.has(tokens[k]?.lower ?? "")) k++;
    let next = tokens[k]?.lower ?? "";
    if (next === "been" && isParticiple(tokens[k + 1]?.lower ?? "")) next = tokens[k + 1]?.lower ?? "";
    if (isParticiple(next)) return HAVE.has(word) ? "perfect" : word === "had" ? "past-perfect" : "past-passive";
    return HAVE.has(word) ? "" : "past-state";
  }
  if (word === "did") return "past-event";
  if (STATIVE_PAST.has(word)) return "past-state";
  if (EVENT_PAST.has(word) || (word.length > 4 && word.endsWith("ed") && /^[a-z]+$/.test(word))) {
    // "the detailed plan", "in reserved seats": an -ed word after a determiner or preposition is an adjective.
    if (DETERMINERS.has(previous) || PREPOSITIONS.has(previous)) return undefined;
    return "past-event";
  }
  return undefined;
}

function isParticiple(word: string): boolean {
  return PARTICIPLES.has(word) || (word.length > 3 && word.endsWith("ed") && /^[a-z]+$/.test(word));
}

function subjectKind(view: SentenceView, verb: number): PastAspect["subject"] {
  const first = view.tokens[view.head];
  const word = first?.lower ?? "";
  if (AUTHOR_SUBJECTS.has(word)) return "first";
  if (PRONOUNS.has(word) && verb === view.head + 1) return "pronoun";
  // A capital inside the subject marks a name; the sentence's first word only when it is no common word.
  for (let k = view.head + 1; k < verb; k++) if (view.tokens[k]?.capital) return "name";
  return first?.capital && !DETERMINERS.has(word) && !isCommonWord(word) ? "name" : "noun";
}

// Finite forms that show a clause already has its verb ("We brought off what the wagons could carry").
const FINITE = words("was were is are am had has did does");

/**
 * True when the token at `i` is a finite verb of the clause: a form of "be", "have" or "do", or a
 * simple past (irregular, or "-ed" not after a determiner or preposition, which makes it an adjective).
 */
export function isFiniteVerb(tokens: readonly { readonly lower: string }[], i: number): boolean {
  const word = tokens[i]?.lower ?? "";
  if (FINITE.has(word)) return true;
  if (!EVENT_PAST.has(word) && !(word.length > 4 && word.endsWith("ed") && /^[a-z]+$/.test(word))) return false;
  const previous = tokens[i - 1]?.lower ?? "";
  return !DETERMINERS.has(previous) && !PREPOSITIONS.has(previous);
}
