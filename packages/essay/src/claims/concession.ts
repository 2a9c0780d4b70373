import type { SentenceView } from "./sentence-view.ts";

// Concessive openers: a clause that begins by granting ("Admittedly, …", "Of course, …", "Yes, …");
// after "and", "of course" adds the obvious rather than granting it.
const OPENER =
  /^(?:(?:now|so|still)(?: ,)? )?(?:admittedly|granted|true ,|certainly ,|undoubtedly|doubtless|no doubt|of course|to be sure|to be fair|in fairness|fair enough|yes ,)/;

// A grant set off right after the clause's subject and verb: "There are, of course, …",
// "A dependence on the people is, no doubt, …", "This is of course not …".
const EARLY_ASIDE =
  /^(?:[\w'’-]+ ){0,6}?(?:is|are|was|were|has|have|had|'s|do|does|did|can|could|may|might|will|would)(?:(?: ,)? (?:of course|no doubt|doubtless|admittedly|to be sure|granted)| , (?:certainly|undoubtedly) ,)(?: ,)?/;

// Grants that hold wherever they stand in the sentence.
const ANYWHERE: readonly RegExp[] = [
  // ", it is true ,", ", I admit ,": a parenthetical grant.
  /, (?:it is true|it must be (?:admitted|granted|conceded|confessed|owned)|i (?:grant|admit|concede|confess)|we (?:grant|admit|concede)) ,/,
  /(?:^|, )to be sure\b/,
  /\b(?:there is no denying|none of this is to say|(?:this|that|it)(?: is|'s) not to (?:say|deny|suggest))\b/,
  /\b(?:(?:can ?not|cannot|can't) be (?:denied|disputed|doubted)|is (?:undeniable|indisputable))\b/,
  /\b(?:a|is) (?:fair|reasonable|legitimate|valid) (?:point|question|objection|criticism|concern)\b/,
  /\bit (?:must|should) be (?:admitted|conceded|granted|acknowledged|allowed|confessed|owned)\b/,
  /\b(?:i|we|one) (?:must |should |will |can |do |freely |readily )?(?:grant|concede|admit|acknowledge|confess|recognize|recognise)\b/,
  /\bthere(?: is|'s) (?:some |a grain of |much |real )?(?:truth|merit|something|wisdom|a case) (?:in|to|for)\b/,
  /\b(?:may|might) well be (?:right|true|correct)\b/,
  /\b(?:no one|nobody|none of us)(?: [\w—–-]+){0,6} (?:is|are|was|would be) (?:denying|disputing|discounting|doubting|saying|suggesting|claiming|questioning)\b/,
  /\broom for (?:debate|disagreement|doubt)\b/,
  // Disclaimers: "it is not meant to suggest …", "I do not mean to say …".
  /\b(?:(?:it|this) (?:is|was) not (?:meant|intended)|(?:i|we) (?:do not|don't|did not|didn't) (?:mean|intend|wish)) to (?:say|suggest|imply|insinuate|deny|claim)\b/,
];

// A clause that affirms emphatically and is then turned: "X is certainly an evil, … but …",
// "those are all important parts, but …", "the seasons have done much, but …".
const AFFIRM_THEN_TURN =
  /^[^;:]*?\b(?:is|are|was|were|'re|have|has|had) (?:certainly|undoubtedly|surely|doubtless|indeed|all|done much)\b[^;:]*?[,;] (?:but|yet)\b/;

// "It is true that …", "it may be possible that …": granting by the truth of what follows. Not
// after a turn ("However, it is equally true that …" adds a point, it grants none).
const TRUE_THAT =
  /^(?:([a-z]+)(?: ,)? )?(?:it|this) (?:is|'s|may be|might be|must be|could be|seems) (?:(\w+) )?(?:possible|true|conceivable|undeniable|understandable|plausible|arguable) that\b/;
const TRUE_THAT_INSIDE =
  /\bit (?:is|'s|may be|might be|seems) (?:(\w+) )?(?:possible|conceivable|true|understandable) that\b/;
const TURNS = new Set(["however", "but", "yet", "still", "nevertheless", "nonetheless"]);
const ADDING = new Set(["equally", "also", "likewise", "similarly", "further"]);

// Words that every pattern above contains: a sentence with none of them grants nothing, and
// most sentences are spared the patterns.
const TRIGGERS = new Set(
  "admittedly granted true all surely indeed done certainly undoubtedly doubtless doubt course sure fair fairness enough yes it's i we grant admit concede confess denying none not deny denied disputed doubted undeniable indisputable point question objection criticism concern must should truth merit something wisdom case well no nobody room meant intended mean intend wish possible conceivable understandable plausible arguable".split(
    " ",
  ),
);

/** Cues that the sentence grants a point that cuts against the author's line; empty when none. */
export function concessionCues(view: SentenceView): string[] {
  const { lead } = view;
  if (!view.tokens.some((token) => TRIGGERS.has(token.lower))) return [];
  const opener = OPENER.exec(lead);
  if (opener) return [`concessive:${opener[0].replace(/^(?:now|so|still)(?: ,)? /, "")}`];
  const aside = EARLY_ASIDE.exec(lead);
  if (aside) return [`concessive-aside:${aside[0].trim()}`];
  for (const pattern of ANYWHERE) {
    const match = pattern.exec(lead);
    if (match) return [`concessive:${match[0]}`];
  }
  const turned = lead.includes(" but ") || lead.includes(" yet ") ? AFFIRM_THEN_TURN.exec(lead) : null;
  if (turned) return [`affirm-then-turn:${turned[0]}`];
  const truth = TRUE_THAT.exec(lead) ?? TRUE_THAT_INSIDE.exec(lead);
  if (truth) {
    const [whole, first, adverb] = truth.length > 2 ? truth : [truth[0], undefined, truth[1]];
    if (!TURNS.has(first ?? "") && !ADDING.has(adverb ?? ""))
      return [`concessive:${whole.replace(/^[a-z]+(?: ,)? (?=it|this)/, "")}`];
  }
  return [];
}
