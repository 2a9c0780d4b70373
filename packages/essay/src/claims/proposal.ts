import { canBeVerb } from "../lexicon.ts";
import type { SentenceView } from "./sentence-view.ts";
import { isFiniteVerb } from "./tense-aspect.ts";
import type { Token } from "./tokens.ts";
import { AUTHOR_SUBJECTS, CONNECTORS, DETERMINERS, NON_AGENT_SUBJECTS, PREPOSITIONS, words } from "./word-classes.ts";

// Verbs after "could"/"can" that describe a state, an ability or an outcome, not a chosen action.
const NOT_ACTIONS = words(
  "be have become seem appear happen know see understand imagine believe think feel hope expect mean lead result cause prove last remain fail afford tell hardly never not only possibly well scarcely barely easily get go come fall rise grow lose win find hear say",
);

// Capitalised only because they open the sentence.
const FUNCTION_WORDS = new Set([...DETERMINERS, ...PREPOSITIONS, ...CONNECTORS, ...NON_AGENT_SUBJECTS]);

// The author's side and the reader: subjects to whom "can" offers an action.
const SPEAKERS = words("we you i");

const SKIPPABLE = words(
  "also then still even simply instead perhaps now first either both immediately quickly certainly further",
);

/**
 * Cues that "could"/"can" offers an action as a proposal: a subject that names a party (a noun
 * phrase or "we"/"you", not "it" or "this"), an action verb, no negation ("the board could publish").
 */
export function proposalCues(view: SentenceView): string[] {
  const { tokens, roles } = view;
  for (let i = view.head; i < tokens.length; i++) {
    const word = tokens[i]?.lower ?? "";
    if (roles[i] !== "main" || (word !== "could" && word !== "can")) continue;
    let verb = i + 1;
    while (SKIPPABLE.has(tokens[verb]?.lower ?? "")) verb++;
    const action = tokens[verb]?.lower ?? "";
    // "The cap could be applied gradually", "this could be solved by…": a means offered in the passive.
    if (word === "could" && action === "be" && isMeans(tokens, verb + 1))
      return [`proposal:could be ${tokens[verb + 1]?.lower}`];
    if (NOT_ACTIONS.has(action) || !canBeVerb(action)) continue;
    const subject = tokens.filter((_, k) => k >= view.head && k < i && roles[k] === "main");
    if (!hasAgentSubject(subject)) continue;
    // "We brought off what the wagons could carry": a verb before the modal makes it another clause's.
    if (subject.some((_, k) => k > 0 && isFiniteVerb(subject, k))) continue;
    // "Public investment can provide certainty": "can" with a third party states an ability or a
    // possibility; only "we can…" and "you can…" offer the reader's or author's side an action.
    if (word === "can" && !subject.some((token) => SPEAKERS.has(token.lower))) continue;
    return [`proposal:${word} ${action}`];
  }
  return [];
}

// A participle followed, within a few words, by the means or manner: "by", "with", "through", "using".
function isMeans(tokens: readonly Token[], at: number): boolean {
  const participle = tokens[at]?.lower ?? "";
  if (!/^[a-z]+(?:ed|en)$/.test(participle)) return false;
  for (let k = at + 1; k < at + 4 && k < tokens.length; k++) {
    if (/^(?:by|with|through|using|via|progressively|gradually|instead)$/.test(tokens[k]?.lower ?? "")) return true;
  }
  return false;
}

function hasAgentSubject(before: readonly Token[]): boolean {
  const subject = before.filter((token) => token.lower !== ",");
  if (subject.length === 0) return false;
  if (subject.some((token) => /^(?:no|neither|nor|nobody|none|not)$/.test(token.lower))) return false;
  const last = subject[subject.length - 1] as Token;
  if (subject.length === 1 && NON_AGENT_SUBJECTS.has(last.lower)) return false;
  if (DETERMINERS.has(last.lower)) return false;
  return subject.some(
    (token) =>
      AUTHOR_SUBJECTS.has(token.lower) ||
      token.lower === "you" ||
      (/^\p{L}/u.test(token.text) && !FUNCTION_WORDS.has(token.lower)),
  );
}
