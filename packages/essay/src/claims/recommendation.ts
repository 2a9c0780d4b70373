import { imperativeCue } from "./imperative.ts";
import { proposalCues } from "./proposal.ts";
import type { SentenceView } from "./sentence-view.ts";

// Deontic modals and semi-modals, with the readings that do not prescribe cut out after matching.
const MODAL =
  /(?:^|\s)(should|shouldn't|must|mustn't|ought(?: not| never| therefore| rather| also| then| now| instead| first| always)? to|needs to|need to|has to|have to|had better|would have to|will have to)(?=\s|$)/g;
const NOT_PRESCRIBING =
  /^(?:must(?:n't)? (?:have|necessarily|inevitably|surely|certainly|needs|be (?:\w+ly )?(?:true|right|wrong|the case|clear|obvious|evident|apparent|plain|manifest|said|admitted|conceded|granted|acknowledged|confessed|allowed|owned))\b|must (?:admit|concede|grant|acknowledge|recognize|recognise|confess)\b|has to do with|have to do with)/;

// Phrases that prescribe or propose, matched on the main clause (the "to"/"that" that follows is cut).
const PRESCRIPTIVE: readonly [RegExp, string][] = [
  [/\bit(?: is|'s| was| would be)? (?:high |about |now )?time (?:to|for|that)?\b/, "prescriptive"],
  [
    /\bit (?:is|'s|would be|will be|may be|might be|remains|seems) (?:\w+ ){0,2}?(?:necessary|essential|imperative|vital|crucial|urgent|important|critical|incumbent|advisable|wise|prudent|sensible|desirable|preferable|a mistake|an error|a good idea|foolish|unwise|best|better)\b/,
    "prescriptive",
  ],
  [
    /\bit (?:would|might|could|may|does|now) (?:also )?makes? (?:more |good |better |perfect )?sense to\b/,
    "prescriptive",
  ],
  [
    /\bwould be (?:a|an|the) (?:[\w'-]+ ){0,4}?(?:step|signal|move|start|idea|improvement|option|measure|gesture|remedy|solution|beginning|way (?:to|forward))\b/,
    "proposal",
  ],
  [/\bwould (?:do well|be well advised|be wise|be better off) to\b/, "proposal"],
  [
    /\b(?:i|we) (?:would |therefore |strongly )?(?:urge|recommend|propose|suggest|advocate|call on|call for|ask)\b/,
    "proposal",
  ],
  [
    /\b(?:we|you|society|the (?:country|nation|world|city|state|government)) (?:urgently |badly |still |also |now |simply )?needs? (?:a|an|more|less|better|fewer|new|the)\b/,
    "prescriptive",
  ],
  [/\bmy (?:recommendation|proposal|advice|suggestion) is\b/, "proposal"],
  [/\bthere is (?:a |an )?(?:\w+ )?need (?:to|for)\b/, "prescriptive"],
  [
    /^(?:the|our|your|their|his|her|its|a) (?:\w+ )?(?:key|goal|task|aim|priority|answer|solution|remedy|duty|obligation|responsibility|job)(?: of [\w' ]{1,40}?)? (?:now |then |here )?(?:is|will be|must be|remains) to\b/,
    "proposal",
  ],
  [/\bit is (?:\w+ )?(?:duty|obligation|responsibility) to\b/, "prescriptive"],
];

// Impersonal proposals and needs ("it is proposed that …", "new bridges are needed to …"), tried
// only when the main clause has one of the participles (most sentences have none).
const IMPERSONAL: readonly [RegExp, string, RegExp][] = [
  [
    /\bit (?:is|was|has been) (?:therefore |also |further |now )?(?:proposed|recommended|suggested|advised|urged)(?: that\b|$| \|)/,
    "proposal",
    /proposed|recommended|suggested|advised|urged/,
  ],
  [
    /\b(?:is|are) (?:urgently |badly |also |still )?(?:needed|required) (?:to|for|if|so)\b/,
    "prescriptive",
    /needed|required/,
  ],
];

/**
 * Cues that the sentence says what someone ought to do or proposes an action; empty when none.
 * In a list item a bare verb is read as a command more readily ("- Ban plastic bags.").
 */
export function recommendationCues(view: SentenceView, listItem = false): string[] {
  for (const match of view.main.matchAll(MODAL)) {
    const phrase = match[1] ?? "";
    const at = (match.index ?? 0) + match[0].length - phrase.length;
    if (NOT_PRESCRIBING.test(view.main.slice(at))) continue;
    if (isNounNeed(view.main, at, phrase) || isNegatedNecessity(view.main, at, phrase)) continue;
    return [`modal:${phrase}`];
  }
  for (const [pattern, label] of PRESCRIPTIVE) {
    const match = pattern.exec(view.main);
    if (match) return [`${label}:${match[0].trim()}`];
  }
  if (view.main.includes("ed")) {
    for (const [pattern, label, word] of IMPERSONAL) {
      const match = word.test(view.main) ? pattern.exec(view.main) : null;
      if (match) return [`${label}:${match[0].trim()}`];
    }
  }
  const proposal = proposalCues(view);
  if (proposal.length > 0) return proposal;
  const command = imperativeCue(view, listItem);
  return command ? [command] : [];
}

// "the need to act" names a need rather than prescribing one.
function isNounNeed(main: string, at: number, phrase: string): boolean {
  return phrase === "need to" && /\b(?:the|a|no|any|this|that|their|its|our|his|her)\s$/.test(main.slice(0, at));
}

// "do not have to", "need not" say something is not required: no prescription.
function isNegatedNecessity(main: string, at: number, phrase: string): boolean {
  return /^(?:have|has|need|needs) to$/.test(phrase) && /\b(?:not|n't|never|no longer)\s$/.test(main.slice(0, at));
}
