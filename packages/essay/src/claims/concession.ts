import type { SentenceView } from "./sentence-view.ts";

// Concessive openers: a clause that begins by granting ("Admittedly, …", "Of course, …", "Yes, …");
// after "and", "of course" adds the obvious rather than granting it.
const OPENER =
  /^(?:(?:now|so|still)(?: ,)? )?(?:admittedly|granted|true ,|certainly ,|undoubtedly|doubtless|no doubt|of course|to be sure|to be fair|in fairness|fair enough|yes ,)(?![\w'])/;

// A grant set off right after the clause's subject and verb: "There are, of course, …",
// "A dependence on the people is, no doubt, …", "This is of course not …".
const EARLY_ASIDE =
  /^(?:[\w'’-]+ ){0,6}?(?:is|are|was|were|has|have|had|'s|do|does|did|can|could|may|might|will|would)(?:(?: ,)? (?:of course|no doubt|doubtless|admittedly|to be sure|granted)| , (?:certainly|undoubtedly) ,)(?![\w'])(?: ,)?/;

// Grants that hold wherever they stand in the sentence, each with the words it cannot match
// without (a sentence runs only the patterns whose words it has).
const ANYWHERE: readonly (readonly [string, RegExp])[] = [
  // ", it is true ,", ", I admit ,": a parenthetical grant.
  [
    "true admitted granted conceded confessed owned grant admit concede confess",
    /, (?:it is true|it must be (?:admitted|granted|conceded|confessed|owned)|i (?:grant|admit|concede|confess)|we (?:grant|admit|concede)) ,/,
  ],
  ["sure", /(?:^|, )to be sure\b/],
  [
    "denying none not",
    /\b(?:there is no denying|none of this is to say|(?:this|that|it)(?: is|'s) not to (?:say|deny|suggest))\b/,
  ],
  [
    "denied disputed doubted undeniable indisputable",
    /\b(?:(?:can ?not|cannot|can't) be (?:denied|disputed|doubted)|is (?:undeniable|indisputable))\b/,
  ],
  [
    "fair reasonable legitimate valid",
    /\b(?:a|is) (?:fair|reasonable|legitimate|valid) (?:point|question|objection|criticism|concern)\b/,
  ],
  [
    "admitted conceded granted acknowledged allowed confessed owned",
    /\bit (?:must|should) be (?:admitted|conceded|granted|acknowledged|allowed|confessed|owned)\b/,
  ],
  [
    "grant concede admit acknowledge confess recognize recognise",
    /\b(?:i|we|one) (?:must |should |will |can |do |freely |readily )?(?:grant|concede|admit|acknowledge|confess|recognize|recognise)\b/,
  ],
  [
    "truth merit something wisdom case",
    /\bthere(?: is|'s) (?:some |a grain of |much |real )?(?:truth|merit|something|wisdom|a case) (?:in|to|for)\b/,
  ],
  ["well", /\b(?:may|might) well be (?:right|true|correct)\b/],
  [
    "denying disputing discounting doubting saying suggesting claiming questioning",
    /\b(?:no one|nobody|none of us)(?: [\w—–-]+){0,6} (?:is|are|was|would be) (?:denying|disputing|discounting|doubting|saying|suggesting|claiming|questioning)\b/,
  ],
  ["room", /\broom for (?:debate|disagreement|doubt)\b/],
  // Disclaimers: "it is not meant to suggest …", "it is not meant, by this, to insinuate …".
  [
    "meant intended mean intend wish",
    /\b(?:(?:it|this) (?:is|was) not (?:meant|intended)|(?:i|we) (?:do not|don't|did not|didn't) (?:mean|intend|wish))(?: , [^,]{1,40} ,)? to (?:say|suggest|imply|insinuate|deny|claim)\b/,
  ],
  // "So far as this is true, …": granting the point within its limits.
  [
    "true correct right",
    /^(?:so far|insofar|in so far) as (?:[\w'’-]+ ){1,4}(?:is|are|was|were) (?:true|correct|right)\b/,
  ],
  // "We don't blame them for it, but we do blame …": a denial answered by an emphatic "do".
  [
    "don't not doesn't didn't",
    /\b(?:do not|don't|does not|doesn't|did not|didn't) (\w+)\b[^;]*?, but (?:[\w'’-]+ ){1,3}(?:do|does|did) \1\b/,
  ],
];

// A clause that affirms emphatically and is then turned: "X is certainly an evil, … but …",
// "those are all important parts, but …", "the seasons have done much, but …".
const AFFIRM_THEN_TURN =
  /^[^;:]*?\b(?:is|are|was|were|'re|have|has|had) (?:certainly|undoubtedly|surely|doubtless|indeed|all|done much)\b[^;:]*?[,;] (?:but|yet)\b/;

// A clause that allows how something is or seems and is then turned: "Repeated checks can be
// tedious, but …", "The plan may well seem timid; yet …" (not a passive: "may be proposed").
const ALLOW_THEN_TURN =
  /^(?:[\w'’-]+ ){1,6}(?:can|may|might|could) (?:well |sometimes |often |at times |also )?(?:be|seem|sound|feel|look|appear) (?![\w'’-]+ed\b)[^;,]*?[,;] (?:but|yet)\b/;

// A cost granted and then turned: "Testing takes time and money, but …".
const COST_THEN_TURN =
  /^(?:[^;,]|,(?! (?:but|yet)\b))*?\b(?:takes?|took|requires?|required|costs?|demands?) (?:(?:some|much|more|a lot of) )?(?:time|money|effort|energy|resources|patience|work)\b[^;]*?[,;] (?:but|yet)\b/;

// A main clause that allows how something is or seems, for a sentence the next one turns: "Rules
// can be tedious to write. But …". Not one that is itself a turn ("But the figure may be lower.").
const ALLOWS = /\b(?:can|may|might|could) (?:be|seem|sound|feel|look|appear)\b/;

// An objection named as the subject and granted something before the turn: "This objection has
// force, but …", "The worry is understandable; yet …".
const OBJECTION_THEN_TURN =
  /^(?:this|that|the|such an?|these|those) (?:critique|criticism|objection|concern|argument|worry|complaint|fear|caution)s? [^;]*?[,;] (?:but|yet)\b/;

// The author's own long-held good opinion, for a sentence that is turned within or by the next
// one: "I have always admired the old depot, but …".
const LONG_HELD =
  /^(?:i|we) (?:have )?(?:always|long) (?:considered|thought|believed|admired|liked|loved|respected|regarded|valued|supported)\b/;

// A main clause that credits what something has done, for a sentence the next one turns: "The
// reform has brought real gains. But …".
const ACHIEVED =
  /\b(?:has|have) (?:[\w'’-]+ )?(?:shown|given|produced|brought|made|done|achieved|enabled|delivered|won|gained|improved|helped|created|served|worked)\b/;

// "It is true that …", "it may be possible that …": granting by the truth of what follows. Not
// after a turn ("However, it is equally true that …" adds a point, it grants none).
const TRUE_THAT =
  /^(?:([a-z]+)(?: ,)? )?(?:it|this) (?:is|'s|may be|might be|must be|could be|seems) (?:(\w+) )?(?:possible|true|conceivable|undeniable|understandable|plausible|arguable) that\b/;
const TRUE_THAT_INSIDE =
  /\bit (?:is|'s|may be|might be|seems) (?:(\w+) )?(?:possible|conceivable|true|understandable) that\b/;
const TURNS = new Set(["however", "but", "yet", "still", "nevertheless", "nonetheless"]);
const ADDING = new Set(["equally", "also", "likewise", "similarly", "further"]);

// Per word, the patterns (as bits) that need it: one pass over a sentence's words says which
// patterns could match, and most sentences run none.
const OPENER_BIT = 1;
const ASIDE_BIT = 2;
const AFFIRM_BIT = 4;
const TRUE_BIT = 8;
const ALLOW_BIT = 1 << 30;
const COST_BIT = 1 << 29;
const HELD_BIT = 1 << 28;
const OBJECTION_BIT = 1 << 27;
const PERFECT_BIT = 1 << 26;
// Clauses that affirm, allow or grant a cost, and are then turned within the sentence.
const TURNED: readonly (readonly [number, RegExp])[] = [
  [AFFIRM_BIT, AFFIRM_THEN_TURN],
  [ALLOW_BIT, ALLOW_THEN_TURN],
  [COST_BIT, COST_THEN_TURN],
  [OBJECTION_BIT, OBJECTION_THEN_TURN],
];
const NEEDS = new Map<string, number>();
const need = (list: string, bit: number): void => {
  for (const word of list.split(" ")) NEEDS.set(word, (NEEDS.get(word) ?? 0) | bit);
};
need("admittedly granted true certainly undoubtedly doubtless doubt course sure fair fairness enough yes", OPENER_BIT);
need("course doubt doubtless admittedly sure granted certainly undoubtedly", ASIDE_BIT);
need("certainly undoubtedly surely doubtless indeed all done", AFFIRM_BIT);
need("can may might could", ALLOW_BIT);
need("always long", HELD_BIT);
need("has have", PERFECT_BIT);
need(
  "critique critiques criticism criticisms objection objections concern concerns argument arguments worry worries complaint complaints fear fears caution",
  OBJECTION_BIT,
);
need("take takes took require requires required cost costs demand demands", COST_BIT);
need("possible true conceivable undeniable understandable plausible arguable", TRUE_BIT);
ANYWHERE.forEach(([list], k) => {
  need(list, 16 << k);
});

/** What the other detectors and the next sentence say, which a grant gives way to or needs. */
export interface GrantContext {
  /** The main clause forecasts: a grant by an adverb ("Yes, it will…", "There will, of course,
   * be…") only colours the forecast, and prediction comes before concession. */
  readonly forecasts?: boolean;
  /** The sentence prescribes: a grant that is turned ("This may well be the way, but we should
   * …") gives way to the prescription, as recommendation comes first. */
  readonly prescribes?: boolean;
  /** The next sentence of the paragraph opens with a turn ("But …", "However, …"). */
  readonly nextTurns?: boolean;
}

/** Cues that the sentence grants a point that cuts against the author's line; empty when none. */
export function concessionCues(view: SentenceView, context: GrantContext = {}): string[] {
  const { lead } = view;
  let bits = 0;
  for (const token of view.tokens) bits |= NEEDS.get(token.lower) ?? 0;
  if (bits === 0) return [];
  const { forecasts = false, prescribes = false } = context;
  const opener = bits & OPENER_BIT && !forecasts ? OPENER.exec(lead) : null;
  if (opener) return [`concessive:${opener[0].replace(/^(?:now|so|still)(?: ,)? /, "")}`];
  const aside = bits & ASIDE_BIT && !forecasts ? EARLY_ASIDE.exec(lead) : null;
  if (aside) return [`concessive-aside:${aside[0].trim()}`];
  for (let k = 0; k < ANYWHERE.length; k++) {
    if (!(bits & (16 << k))) continue;
    const match = ANYWHERE[k]?.[1].exec(lead);
    if (match) return [`concessive:${match[0]}`];
  }
  const turnsWithin = lead.includes(" but ") || lead.includes(" yet ");
  if (!prescribes && turnsWithin) {
    for (const [bit, pattern] of TURNED) {
      const match = bits & bit ? pattern.exec(lead) : null;
      if (match) return [`affirm-then-turn:${match[0]}`];
    }
  }
  const held = bits & HELD_BIT && !prescribes && (context.nextTurns || turnsWithin) ? LONG_HELD.exec(lead) : null;
  if (held) return [`${turnsWithin ? "affirm-then-turn" : "allows-then-next-turns"}:${held[0]}`];
  const truth = bits & TRUE_BIT ? (TRUE_THAT.exec(lead) ?? TRUE_THAT_INSIDE.exec(lead)) : null;
  if (truth) {
    const [whole, first, adverb] = truth.length > 2 ? truth : [truth[0], undefined, truth[1]];
    if (!TURNS.has(first ?? "") && !ADDING.has(adverb ?? ""))
      return [`concessive:${whole.replace(/^[a-z]+(?: ,)? (?=it|this)/, "")}`];
  }
  if (context.nextTurns && bits & (ALLOW_BIT | PERFECT_BIT) && !TURNS.has(view.tokens[0]?.lower ?? "")) {
    const allowed = bits & ALLOW_BIT ? ALLOWS.exec(view.main) : null;
    if (allowed) return [`allows-then-next-turns:${allowed[0]}`];
    const achieved = bits & PERFECT_BIT ? ACHIEVED.exec(view.main) : null;
    if (achieved) return [`allows-then-next-turns:${achieved[0]}`];
  }
  return [];
}
