// Small built-in vocabularies for synthetic essays: enough variety for the parser's
// entity finder, claim tagger and cross-references to do real work, and no downloads.

/** People with a role, as an essay would introduce them. */
export const PEOPLE = [
  ["Amara Okafor", "the finance minister"],
  ["Lucas Meyer", "a former ambassador"],
  ["Ingrid Halvorsen", "the central bank governor"],
  ["Tomás Ruiz", "an economist at the university"],
  ["Mei Lin Zhou", "the trade negotiator"],
  ["Daniel Abrams", "a senior analyst"],
  ["Priya Raman", "the health secretary"],
  ["Olusegun Adeyemi", "the opposition leader"],
  ["Katarzyna Nowak", "a historian of the region"],
  ["Henrik Larsen", "the defence minister"],
  ["Sofia Esposito", "the mayor"],
  ["Yusuf Demir", "a labour organiser"],
] as const;

/** Countries and cities. */
export const PLACES = [
  "Brazil",
  "Nigeria",
  "Poland",
  "Indonesia",
  "Canada",
  "Kenya",
  "Norway",
  "Chile",
  "Vietnam",
  "Morocco",
  "Lisbon",
  "Warsaw",
  "Nairobi",
  "Jakarta",
  "Toronto",
  "Santiago",
] as const;

/** Institutions and organisations. */
export const ORGANISATIONS = [
  "the World Bank",
  "the European Commission",
  "the African Union",
  "the United Nations",
  "the International Monetary Fund",
  "the Federal Reserve",
  "the Senate",
  "the Supreme Court",
] as const;

/** Publications that people tell things to. */
export const OUTLETS = [
  "The Economist",
  "the Financial Times",
  "Le Monde",
  "a local radio station",
  "reporters",
] as const;

/** Subjects an essay argues about. */
export const TOPICS = [
  ["the water reform", "water"],
  ["the pension plan", "pensions"],
  ["the trade agreement", "trade"],
  ["the housing programme", "housing"],
  ["the energy transition", "energy"],
  ["the border treaty", "borders"],
  ["the school curriculum", "schools"],
  ["the port expansion", "ports"],
  ["the vaccine campaign", "vaccines"],
  ["the fishing quota", "fisheries"],
] as const;

/** Groups that statistics count. */
export const GROUPS = [
  "households",
  "farmers",
  "voters",
  "small firms",
  "teachers",
  "nurses",
  "commuters",
  "exporters",
] as const;

/** Verbs an actor does things with (base form, past tense). */
export const ACTIONS = [
  ["delay", "delayed"],
  ["fund", "funded"],
  ["reject", "rejected"],
  ["expand", "expanded"],
  ["renegotiate", "renegotiated"],
  ["abandon", "abandoned"],
  ["support", "supported"],
  ["review", "reviewed"],
] as const;

/** Modal verbs of obligation (recommendations). */
export const OUGHT = ["should", "must", "ought to", "needs to"] as const;

/** Verbs and phrases of prediction. */
export const WILL = ["will", "will probably", "is likely to", "is expected to", "may well"] as const;

/** Reporting verbs (attributions). */
export const REPORTING = ["said", "argued", "stated", "warned", "insisted", "claimed", "noted", "wrote"] as const;

/** Evaluative adjectives (assessments). */
export const JUDGEMENTS = [
  "a costly mistake",
  "overdue",
  "fragile",
  "remarkably effective",
  "poorly designed",
  "a reasonable compromise",
  "unlikely to last",
  "the wrong answer to the right question",
] as const;

/** Concessive openers. */
export const CONCEDE = ["Although", "Even if", "Granted,", "Admittedly,", "To be sure,", "While"] as const;

/** Month names for dates. */
export const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/** Connectives that open later sentences of a paragraph. */
export const CONNECTIVES = [
  "Yet",
  "Still,",
  "In practice,",
  "Meanwhile,",
  "For now,",
  "Moreover,",
  "At the same time,",
] as const;
