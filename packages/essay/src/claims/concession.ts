import type { SentenceView } from "./sentence-view.ts";

// Concessive markers from general argumentative English: granting a point before turning.
const CONCESSIVE: readonly RegExp[] = [
  /^(?:[a-z]+ ,? )?(?:it|this) (?:is|'s|may be|might be|must be|could be|seems) (?:\w+ )?(?:possible|true|conceivable|undeniable|understandable|plausible|arguable) that\b/,
  /^(?:[a-z]+ ,? )?(?:admittedly|granted|true ,|certainly ,|undoubtedly|doubtless|no doubt|of course)\b/,
  /\b(?:to be sure|to be fair|in fairness|fair enough|there is no denying|none of this is to say|(?:this|that|it)(?: is|'s) not to (?:say|deny|suggest))\b/,
  /^yes ,/,
  // Parenthetical grants (", it is true ,"), what cannot be denied, and fair objections: one pass.
  /, (?:it is true|it must be (?:admitted|granted|conceded)|no doubt|of course|to be sure|admittedly|doubtless|granted|i (?:grant|admit|concede)|we (?:grant|admit|concede)) ,|\b(?:(?:can ?not|cannot|can't) be (?:denied|disputed|doubted)|is (?:undeniable|indisputable)|(?:a|is) (?:fair|reasonable|legitimate|valid) (?:point|question|objection|criticism|concern))\b/,
  /\bit (?:is|'s|may be|might be|seems) (?:\w+ )?(?:possible|conceivable|true|understandable) that\b/,
  /\bit (?:must|should) be (?:admitted|conceded|granted|acknowledged|allowed|confessed|owned)\b/,
  /\b(?:i|we|one) (?:must |should |will |can )?(?:grant|concede|admit|acknowledge)\b/,
  /\bthere(?: is|'s) (?:some |a grain of |much |real )?(?:truth|merit|something|wisdom|a case) (?:in|to|for)\b/,
  /\b(?:may|might) well be (?:right|true|correct)\b/,
];

/** Cues that the sentence grants a point that cuts against the author's line; empty when none. */
export function concessionCues(view: SentenceView): string[] {
  for (const pattern of CONCESSIVE) {
    const match = pattern.exec(view.lead);
    if (match) return [`concessive:${match[0].replace(/^[a-z]+ ,? (?=it|this)/, "")}`];
  }
  return [];
}
