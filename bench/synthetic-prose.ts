import type { Random } from "./prng.ts";
import {
  ACTIONS,
  CONCEDE,
  CONNECTIVES,
  GROUPS,
  JUDGEMENTS,
  MONTHS,
  ORGANISATIONS,
  OUGHT,
  OUTLETS,
  PEOPLE,
  PLACES,
  REPORTING,
  TOPICS,
  WILL,
} from "./word-lists.ts";

/** What one essay is about: the subject, places and people its sentences draw on. */
export interface EssayTheme {
  readonly topic: string;
  readonly noun: string;
  readonly places: readonly string[];
  readonly people: readonly (readonly [string, string])[];
}

/** Picks an essay's theme: one topic, three places, three people. */
export function pickTheme(random: Random): EssayTheme {
  const [topic, noun] = random.pick(TOPICS);
  const places = [random.pick(PLACES), random.pick(PLACES), random.pick(PLACES)];
  const people = [random.pick(PEOPLE), random.pick(PEOPLE), random.pick(PEOPLE)];
  return { topic, noun, places, people };
}

function actor(random: Random, theme: EssayTheme): string {
  const roll = random.next();
  if (roll < 0.4) return `the government of ${random.pick(theme.places)}`;
  if (roll < 0.7) return random.pick(ORGANISATIONS);
  return random.pick(theme.people)[0];
}

function date(random: Random): string {
  return random.chance(0.5) ? `in ${random.pick(MONTHS)} ${random.int(1995, 2025)}` : `by ${random.int(2026, 2040)}`;
}

function clause(random: Random, theme: EssayTheme): string {
  const [verb, past] = random.pick(ACTIONS);
  return random.chance(0.5)
    ? `${actor(random, theme)} ${past} ${theme.topic} ${date(random)}`
    : `${random.pick(GROUPS)} in ${random.pick(theme.places)} did not expect anyone to ${verb} ${theme.topic}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const SENTENCES: readonly ((random: Random, theme: EssayTheme) => string)[] = [
  // recommendation
  (r, t) =>
    `${capitalise(actor(r, t))} ${r.pick(OUGHT)} ${r.pick(ACTIONS)[0]} ${t.topic} before the next budget, and say so plainly.`,
  // prediction
  (r, t) => `If nothing changes, ${actor(r, t)} ${r.pick(WILL)} ${r.pick(ACTIONS)[0]} ${t.topic} ${date(r)}.`,
  // evidence
  (r, t) =>
    `In ${r.int(1990, 2025)}, ${r.int(3, 97)} percent of ${r.pick(GROUPS)} in ${r.pick(t.places)} paid more for ${t.noun} than a decade earlier, according to ${r.pick(ORGANISATIONS)}.`,
  (r, t) =>
    `The cost of ${t.noun} rose by ${r.int(2, 40)}.${r.int(0, 9)} percent between ${r.int(1998, 2010)} and ${r.int(2011, 2024)}.`,
  // attribution
  (r, t) => {
    const [name, role] = r.pick(t.people);
    return `As ${name}, ${role}, told ${r.pick(OUTLETS)} in ${r.pick(MONTHS)} ${r.int(1995, 2025)}: “We cannot ${r.pick(ACTIONS)[0]} ${t.topic} on our own.”`;
  },
  (r, t) => `${r.pick(t.people)[0]} ${r.pick(REPORTING)} that ${clause(r, t)}.`,
  // concession
  (r, t) => `${r.pick(CONCEDE)} ${clause(r, t)}, the case for ${t.topic} has not gone away.`,
  // assessment
  (r, t) => `${capitalise(t.topic)} is ${r.pick(JUDGEMENTS)}, and ${r.pick(GROUPS)} know it.`,
  (r, t) => `The debate over ${t.noun} in ${r.pick(t.places)} has been ${r.pick(JUDGEMENTS)} from the start.`,
  // back-reference, for cross-references
  (r, t) =>
    `These proposed efforts would matter less if ${actor(r, t)} were willing to ${r.pick(ACTIONS)[0]} ${t.topic}.`,
];

const COMMON_OPENING = /^(?:The|If|In|These|As|Although|Even|Granted|Admittedly|To|While)\b/;

/** One sentence about the theme, of a randomly chosen claim kind. */
export function sentence(random: Random, theme: EssayTheme, first: boolean): string {
  const text = random.pick(SENTENCES)(random, theme);
  if (first || !random.chance(0.3)) return text;
  // Lower-case only common words: a name keeps its capital after "Yet".
  const opening = COMMON_OPENING.test(text) ? `${text.charAt(0).toLowerCase()}${text.slice(1)}` : text;
  return `${random.pick(CONNECTIVES)} ${opening}`;
}

/** A paragraph of `min`–`max` sentences. */
export function paragraph(random: Random, theme: EssayTheme, min = 2, max = 7): string {
  const count = random.int(min, max);
  return Array.from({ length: count }, (_, i) => sentence(random, theme, i === 0)).join(" ");
}

/** A headline: the topic and a place, in title case. */
export function headline(random: Random, theme: EssayTheme): string {
  const frames = [
    `Why ${random.pick(theme.places)} Cannot Afford to Wait on ${theme.noun}`,
    `The Quiet Failure of ${theme.topic.replace(/^the /, "the ")}`,
    `What ${random.pick(theme.people)[0]} Gets Wrong About ${theme.noun}`,
    `A Better Deal on ${theme.noun} for ${random.pick(theme.places)}`,
  ];
  return random.pick(frames).replace(/\b[a-z]{4,}\b|^[a-z]+/g, capitalise);
}

/** A dek: one short line without final punctuation. */
export function dek(random: Random, theme: EssayTheme): string {
  return `How ${theme.topic} became a test for ${random.pick(ORGANISATIONS)} and ${random.pick(theme.places)}`;
}
