import { canBeVerb } from "../lexicon.ts";
import type { SentenceView } from "./sentence-view.ts";
import type { Token } from "./tokens.ts";
import { CONNECTORS, DETERMINERS, NON_AGENT_SUBJECTS, PREPOSITIONS, words } from "./word-classes.ts";

// Nouns for parties that can take a proposed action ("officials could…", "governments can…").
const AGENTS = words(
  "we you officials board boards committee committees commission commissions regulator ministries departments police military legislatures provinces regions municipalities councils employer landlords tenants workers business businesses charities ngos consumers producers manufacturers farmers residents doctors nurses students researchers scientists journalists editors churches government governments leaders policymakers lawmakers legislators legislature congress parliament allies states nations countries administration authorities regulators companies firms employers cities voters citizens donors investors banks ministers president parties side sides council court courts agency agencies union unions europe west east people individuals society communities owners managers teachers parents schools universities institutions members partners diplomats negotiators envoys mayors governors city state country alliance bank ministry department public",
);

// Verbs after "could"/"can" that describe a state, an ability or an outcome, not a chosen action.
const NOT_ACTIONS = words(
  "be have become seem appear happen know see understand imagine believe think feel hope expect mean lead result cause prove last remain fail afford tell hardly never not only possibly well scarcely barely easily get go come fall rise grow lose win find hear say",
);

// Capitalised only because they open the sentence.
const FUNCTION_WORDS = new Set([...DETERMINERS, ...PREPOSITIONS, ...CONNECTORS, ...NON_AGENT_SUBJECTS]);

const SKIPPABLE = words(
  "also then still even simply instead perhaps now first either both immediately quickly certainly further",
);

/**
 * Cues that "could"/"can" offers an action as a proposal: a party that can act ("Kyiv",
 * "officials") as subject, an action verb, no negation ("could soften", "can start by").
 */
export function proposalCues(view: SentenceView): string[] {
  const { tokens, roles } = view;
  for (let i = view.head; i < tokens.length; i++) {
    const word = tokens[i]?.lower ?? "";
    if (roles[i] !== "main" || (word !== "could" && word !== "can")) continue;
    let verb = i + 1;
    while (SKIPPABLE.has(tokens[verb]?.lower ?? "")) verb++;
    const action = tokens[verb]?.lower ?? "";
    if (NOT_ACTIONS.has(action) || !canBeVerb(action)) continue;
    if (!hasAgentSubject(tokens.filter((_, k) => k >= view.head && k < i && roles[k] === "main"))) continue;
    return [`proposal:${word} ${action}`];
  }
  return [];
}

function hasAgentSubject(before: readonly Token[]): boolean {
  const subject = before.filter((token) => token.lower !== ",");
  if (subject.length === 0) return false;
  if (subject.some((token) => /^(?:no|neither|nor|nobody|none|not)$/.test(token.lower))) return false;
  const last = subject[subject.length - 1] as Token;
  if (subject.length === 1 && NON_AGENT_SUBJECTS.has(last.lower)) return false;
  if (DETERMINERS.has(last.lower)) return false;
  return subject.some((token) => AGENTS.has(token.lower) || (token.capital && !FUNCTION_WORDS.has(token.lower)));
}
