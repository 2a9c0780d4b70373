/** Builds a set from a space-separated list of words. */
export function words(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/).filter(Boolean));
}

/** Determiners, possessives and quantifiers: a word after one of these is a noun or adjective. */
export const DETERMINERS = words(
  "the a an this that these those my your his her its our their no any some every each either neither such what whose another other much many more most few several all both one",
);

/** Prepositions that open a phrase rather than a clause. */
export const PREPOSITIONS = words(
  "of in on at for with by from to into onto upon about over under among amongst between through throughout during against toward towards within without across beyond behind beside besides near amid amidst via per like unlike regarding concerning despite following including",
);

/** Conjunctions and adverbs that open a sentence without changing what its main clause does. */
export const CONNECTORS = words(
  "and but yet so or nor therefore thus hence rather still however moreover indeed notably now then first second third finally instead meanwhile nonetheless nevertheless also again furthermore besides accordingly consequently similarly likewise otherwise ultimately eventually especially here there",
);

/** Multi-word connectors, matched on the lower-cased start of a clause. */
export const CONNECTOR_PHRASES: readonly string[] = [
  "for example",
  "for instance",
  "in turn",
  "in short",
  "in fact",
  "in other words",
  "in sum",
  "in the end",
  "at the same time",
  "by contrast",
  "on the other hand",
  "as a result",
  "above all",
  "after all",
  "even so",
  "that said",
];

/** Words that open an adverbial clause wherever they stand. */
export const SUBORDINATORS = words(
  "if although though whereas unless whenever whilst while because once lest when whatever whoever wherever whichever",
);

/** Words that open an adverbial clause only at the front of a sentence or right after a comma. */
export const FRONT_SUBORDINATORS = words("as since before after until till given despite provided");

/** Words that open a relative or complement clause. */
export const CLAUSE_OPENERS = words("that which who whom whose where whether why how what whatever whoever");

/** Subject pronouns by which the author speaks in their own voice. */
export const AUTHOR_SUBJECTS = words("i we i've we've i'd we'd i'm we're i'll we'll");

/** Subject words that never take an action proposed to them ("it could…", "there can…"). */
export const NON_AGENT_SUBJECTS = words("it this that they there which he she these those what one");
