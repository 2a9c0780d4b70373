import { imperativeCue } from "./imperative.ts";
import { proposalCues } from "./proposal.ts";
import type { SentenceView } from "./sentence-view.ts";

// Deontic modals and semi-modals, with the readings that do not prescribe cut out after matching.
const MODAL =
  /(?:^|\s)(should|shouldn't|must|mustn't|ought(?: not| never| therefore| rather| also| then| now| instead| first| always)? to|needs to|need to|has to|have to|had better|would have to|will have to)(?=\s|$)/g;
const NOT_PRESCRIBING =
  /^(?:must(?:n't)? (?:have|necessarily|inevitably|surely|certainly|needs|be (?:\w+ly )?(?:true|right|wrong|the case|clear|obvious|evident|apparent|plain|manifest|said|admitted|conceded|granted|acknowledged|confessed|allowed|owned))\b|must (?:admit|concede|grant|acknowledge|recognize|recognise|confess)\b|has to do with|have to do with)/;
// Epistemic "must": a verb of perceiving, feeling or depending, or "be" with a state, infers rather
// than prescribes ("we must feel", "it must depend on", "the number must be smaller").
const INFERRING =
  /^must (?:(?:\w+ly|now|then|all|also|still) )?(?:feel|depend|know|see|perceive|seem|appear|mean|follow|lie|be (?:(?:\w+ly|still|even|far|much|either|then) )?(?:convinced|sensible|aware|conscious|equal|such|greater|less|smaller|larger|more|fewer|either|very|so|[a-z]+er))\b/;
// "I should think", "I should say": the first person's conditional, not a duty.
const FIRST_PERSON_CONDITIONAL =
  /(?:^|\s)(?:i|we) should (?:not )?(?:think|say|imagine|suppose|guess|like|love|hate|prefer|point out|add|mention|note|be (?:glad|happy|sorry|surprised|afraid|inclined))\b/;

const DEONTIC_SHALL =
  /(?:^|\s)([a-z][\w'-]*) shall (?!not be (?:found|seen)|be (?:found|seen|confined|content)|now|next|then|first|proceed|begin|conclude|endeavou?r|attempt|examine|consider|briefly)/;

// "The remedy (for X) is to…", "a better approach might be to…": a course named as the answer.
const FRAME =
  /^(?:the|our|your|their|his|her|its|a|one|another) (?:\w+ ){0,2}?(?:key|task|priority|answer|solution|remedy|duty|obligation|responsibility|job|approach|option|alternative|way|step|course|thing to be done|thing to do|best thing|first step|next step|fix|cure)(?: (?:of|for|in|to|on|with) [\w' ]{1,60}?)? (?:now |then |here |therefore |simply )?(?:is|will be|must be|remains|would be|might be|could be|may be) to\b/;
// "Would it not be better to…", "is it not time to…": a negative question that urges.
const URGING =
  /\b(?:would|is|were|will|might) it not (?:[\w,]+ ){0,8}?(?:better|wiser|best|well|time|right|wise|prudent|possible)\b/;
const FRAME_START = /^(?:the|our|your|their|his|her|its|a|one|another) /;

// Phrases that prescribe or propose, matched on the main clause (the "to"/"that" that follows is cut),
// each with a word it cannot match without, checked first (most sentences have none of them).
const PRESCRIPTIVE: readonly [RegExp, string, string | readonly string[]][] = [
  [/\bit(?: is|'s| was| would be)? (?:high |about |now )?time (?:to|for|that)?\b/, "prescriptive", "time"],
  [
    /\bit(?: is|'s| (?:would|will|may|might)(?: \w+)? be| remains| seems) (?:\w+ ){0,2}?(?:necessary|essential|imperative|vital|crucial|urgent|important|critical|incumbent|advisable|wise|prudent|sensible|desirable|preferable|a mistake|an error|a good idea|foolish|unwise|best|better|of (?:great |the (?:first|highest|utmost|greatest) |vital |critical |paramount |utmost )?importance)\b/,
    "prescriptive",
    "it",
  ],
  [
    /\bit (?:would|might|could|may|does|now) (?:also )?makes? (?:more |good |better |perfect )?sense to\b/,
    "prescriptive",
    "sense to",
  ],
  [
    /\bwould be (?:a|an|the) (?:[\w'-]+ ){0,4}?(?:step|signal|move|start|idea|improvement|option|measure|gesture|remedy|solution|beginning|way (?:to|forward))\b/,
    "proposal",
    "would be ",
  ],
  [/\bwould (?:do well|be well advised|be wise|be better off) to\b/, "proposal", "would "],
  [
    /\b(?:i|we) (?:(?:would|therefore|also|\w+ly) ){0,2}(?:urge|recommend|propose|suggest|advocate|call on|call for|ask)\b/,
    "proposal",
    ["urge", "recommend", "propose", "suggest", "advocate", "call", "ask"],
  ],
  [
    /\b(?:we|you|society|the (?:country|nation|world|city|state|government)) (?:urgently |badly |still |also |now |simply |all |really )?needs? (?!to\b|not\b|no\b)[a-z]/,
    "prescriptive",
    "need",
  ],

  [/\bmy (?:recommendation|proposal|advice|suggestion) is\b/, "proposal", "my "],
  // "Ideally, the editor will know the field": the wished-for state of a plan, not a forecast.
  [
    /\b(?:ideally|optimally|preferably) (?:, )?(?:[\w']+ ){0,4}?(?:will|would|'ll)\b/,
    "proposal",
    ["ideally", "optimally", "preferably"],
  ],
  // "The harbour deserves more attention from the council": what a thing is owed, and so what to do.
  [
    /\bdeserves? (?:more |the |greater |our |further |serious |closer |far more |much more )?(?:\w+ )?(?:attention|encouragement|support|consideration|study|protection|scrutiny|investment|help)\b/,
    "prescriptive",
    "deserve",
  ],
  // "These risks are vital to address": the object moved to the subject of "vital to <verb>".
  [
    /\b(?:is|are) (?:also |therefore |thus |all )?(?:vital|essential|crucial|critical|necessary|important|imperative|urgent) to [a-z]+(?: (?:now|first|too|as well|quickly|urgently))? (?:\.|;|,|!)$/,
    "prescriptive",
    [
      " vital to ",
      " essential to ",
      " crucial to ",
      " critical to ",
      " necessary to ",
      " important to ",
      " imperative to ",
      " urgent to ",
    ],
  ],
  // "You may want to ask first", "you'll want to keep a copy": advice put as the reader's wish.
  [/\byou(?:'ll| will| may| might| would)(?: also| probably| then)? (?:want|wish) to\b/, "proposal", ["want", "wish"]],
  [URGING, "proposal", " it not "],
  [/\bthere is (?:a |an )?(?:\w+ )?need (?:to|for)\b/, "prescriptive", "need"],
  [FRAME, "proposal", " to"],
  [
    /\bit(?: is|'s) (?:\w+ )?(?:duty|obligation|responsibility) to\b/,
    "prescriptive",
    ["duty", "obligation", "responsibility"],
  ],
  [
    /\bit(?: is|'s|was|will be|would be) (?:the|our|their|his|her|your|my|a) (?:\w+ ){0,4}?(?:duty|obligation|responsibility|task|privilege and (?:\w+ )?duty)(?: of [\w' ]{1,40}?)?(?: ,)?(?: \|)? to\b/,
    "prescriptive",
    ["duty", "obligation", "responsibility", "task"],
  ],
];

// "We cannot afford to wait", "we must not allow…": a ruled-out course prescribes its opposite.
const RULED_OUT =
  /\b(?:we|you|they|i|society|the \w+) (?:simply |just |surely )?(?:cannot|can't|can not|must not|mustn't) (?:simply |just |any longer |longer )?(?:allow|afford|accept|tolerate|permit|let|ignore|wait|continue|stand by|resign|go on)\b/;

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
  const question = view.tokens[view.tokens.length - 1]?.lower === "?";
  for (const match of mayHaveModal(view.main) ? view.main.matchAll(MODAL) : []) {
    const phrase = match[1] ?? "";
    const at = (match.index ?? 0) + match[0].length - phrase.length;
    const rest = view.main.slice(at);
    if (NOT_PRESCRIBING.test(rest) || INFERRING.test(rest)) continue;
    // "Should we proceed?", "What should it say?": a deontic modal in a question asks, unless it
    // is a negative question that urges ("Should we not act now?", "Shouldn't we…").
    if (question && !/^(?:should(?:n't| \w+ not)|must(?:n't| \w+ not))\b/.test(rest)) continue;
    if (FIRST_PERSON_CONDITIONAL.test(view.main.slice(Math.max(0, at - 4)))) continue;
    if (isNounNeed(view.main, at, phrase) || isNegatedNecessity(view.main, at, phrase)) continue;
    // "I need to start with…", "I have to admit": the author's own necessity, not advice.
    if (
      /^(?:need|have) to$/.test(phrase) &&
      /(?:^|\s)i (?:\w+ly |also |still |just |now )?$/.test(view.main.slice(0, at))
    )
      continue;
    return [`modal:${phrase}`];
  }
  // "The board shall publish…": "shall" with a subject other than the speaker states what is
  // required (the language of rules, statutes and plans), not what will happen.
  const shall = question || !view.main.includes(" shall ") ? null : DEONTIC_SHALL.exec(view.main);
  if (shall && !/^(?:i|we|you|thou|who|which|that)$/.test(shall[1] ?? "")) return [`deontic:${shall[0].trim()}`];
  for (const [pattern, label, needed] of PRESCRIPTIVE) {
    if (typeof needed === "string" ? !view.main.includes(needed) : !includesAny(view.main, needed)) continue;
    // The "X is to" frame only opens a clause with a determiner.
    if (pattern === FRAME && !FRAME_START.test(view.main)) continue;
    const match = pattern.exec(view.main);
    if (match && needed === "it" && isArgumentStep(view.main, match)) continue;
    if (match) return [`${label}:${match[0].trim()}`];
  }
  const ruledOut = view.main.includes("not") || view.main.includes("n't") ? RULED_OUT.exec(view.main) : null;
  if (ruledOut) return [`prescriptive:${ruledOut[0].trim()}`];
  if (view.main.includes("ed")) {
    for (const [pattern, label, word] of IMPERSONAL) {
      const match = word.test(view.main) ? pattern.exec(view.main) : null;
      if (match) return [`${label}:${match[0].trim()}`];
    }
  }
  const request = requestCue(view);
  if (request) return [request];
  const pleading = view.lead.includes("please") ? pleaseCue(view) : undefined;
  if (pleading) return [pleading];
  const proposal = proposalCues(view);
  if (proposal.length > 0) return proposal;
  const command = imperativeCue(view, listItem);
  return command ? [command] : [];
}

// "If you have doubts, please write to the clerk", "…, and please keep a copy": a request, wherever
// the clause with "please" stands (not the verb: "to please", "as you please").
function pleaseCue(view: SentenceView): string | undefined {
  const { tokens } = view;
  for (let i = 0; i < tokens.length - 1; i++) {
    if (tokens[i]?.lower !== "please") continue;
    const before = tokens[i - 1]?.lower;
    const next = tokens[i + 1]?.lower ?? "";
    if (before !== undefined && !PLEASE_AFTER.has(before)) continue;
    if (!/^[a-z]+$/.test(next) || PLEASE_NOT_VERB.has(next)) continue;
    return `imperative:please ${next}`;
  }
  return undefined;
}

const PLEASE_AFTER = new Set([",", ";", ":", "and", "so", "then", "now", "but", "—", "(", "“", '"']);
const PLEASE_NOT_VERB = new Set(["the", "a", "an", "you", "me", "us", "them", "him", "her", "everyone", "all"]);

function includesAny(text: string, parts: readonly string[]): boolean {
  for (const part of parts) if (text.includes(part)) return true;
  return false;
}

// The words every phrase of MODAL contains: most sentences have none, and skip the pattern.
function mayHaveModal(main: string): boolean {
  return (
    main.includes("should") ||
    main.includes("must") ||
    main.includes("ought") ||
    main.includes("need") ||
    main.includes("has to") ||
    main.includes("have to") ||
    main.includes("had better")
  );
}

// "the need to act" names a need rather than prescribing one.
function isNounNeed(main: string, at: number, phrase: string): boolean {
  return phrase === "need to" && /\b(?:the|a|no|any|this|that|their|its|our|his|her)\s$/.test(main.slice(0, at));
}

// "do not have to", "need not" say something is not required: no prescription.
function isNegatedNecessity(main: string, at: number, phrase: string): boolean {
  return /^(?:have|has|need|needs) to$/.test(phrase) && /(?:\bnot|n't|\bnever|\bno longer)\s$/.test(main.slice(0, at));
}

// "It is necessary to know the average age", "it is important to be clear about terms", "it is not
// necessary to…": a step of the argument or a necessity denied, not a course of action.
function isArgumentStep(main: string, match: RegExpExecArray): boolean {
  if (/ (?:not|less|no longer|hardly|never) /.test(match[0])) return true;
  const rest = main.slice(match.index + match[0].length, match.index + match[0].length + 40);
  return /^ to (?:\w+ly )?(?:know|understand|have some|have an idea|be clear|recapitulate)\b/.test(rest);
}

// Verbs whose object and infinitive (or "that" clause) ask something of a party; the clause roles
// read what follows them as a complement, so the pattern runs on the whole lead.
const REQUESTING = new Set(["want", "encourage", "invite", "implore", "beg", "challenge", "demands", "requires"]);
const REQUEST =
  /^(?:(?:and|but|so) )?(?:(?:i|we) (?:\w+ly |also |still |do )?(?:want|encourage|invite|implore|beg|challenge) (?:you|them|everyone|everybody|all of you|(?:your|the|our|every|each) [\w']+(?: [\w']+)?) to\b|(?:this|the) (?:\w+ )?(?:moment|situation|crisis|hour|task|challenge) (?:demands|requires) that (?:we|you|all of us)\b)/;

// "We want them to join us", "this moment demands that we act": a request put to a party.
function requestCue(view: SentenceView): string | undefined {
  const last = view.main.slice(view.main.lastIndexOf(" ") + 1);
  if (!REQUESTING.has(last)) return undefined;
  const match = REQUEST.exec(view.lead);
  return match ? `proposal:${match[0]}` : undefined;
}
