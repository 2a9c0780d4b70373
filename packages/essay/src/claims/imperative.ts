import { canBeVerb, readsAsCommand } from "../lexicon.ts";
import type { SentenceView } from "./sentence-view.ts";
import { DETERMINERS, PREPOSITIONS, words } from "./word-classes.ts";

// What follows a command's verb: an object, a particle or an adverb ("Raise the wage", "Act now").
const AFTER_COMMAND = words(
  "the a an this that these those your our their his her its my it them him us me every all each no more less up down out off away back in on to for with at from about not never always only now first carefully quickly some any both what how whether yourself yourselves ourselves",
);

// Objects that all but prove a command: nouns are seldom followed by "your", "them" or "us".
const STRONG_OBJECT = words("your our their it them us him yourself yourselves ourselves");

const NEGATIVE_COMMAND = /^(?:do not|don't|never|please|let us|let's)\b/;

/** A cue when the main clause is a command ("Raise the minimum wage."), else undefined. */
export function imperativeCue(view: SentenceView): string | undefined {
  const { tokens } = view;
  const first = tokens[view.head];
  const next = tokens[view.head + 1]?.lower ?? "";
  if (!first || view.roles[view.head] !== "main") return undefined;
  const rest = view.main.slice(view.main.indexOf(first.lower));
  if (NEGATIVE_COMMAND.test(rest)) return `imperative:${rest.split(" ").slice(0, 2).join(" ")}`;
  const word = first.lower;
  if (!/^[a-z]+$/.test(word) || /(?:ing|ed|ly)$/.test(word) || /[^s]s$/.test(word)) return undefined;
  if (DETERMINERS.has(word) || PREPOSITIONS.has(word) || !AFTER_COMMAND.has(next)) return undefined;
  if (!isSentenceStart(view)) return undefined;
  const command = readsAsCommand(word) || (STRONG_OBJECT.has(next) && canBeVerb(word));
  return command ? `imperative:${word}` : undefined;
}

// A command stands at the start of its sentence, after connectors at most ("And so, act now.").
function isSentenceStart(view: SentenceView): boolean {
  return view.roles.slice(0, view.head).every((role) => role === "main" || role === "steer");
}
