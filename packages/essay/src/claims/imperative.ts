import { canBeVerb, readsAsCommand } from "../lexicon.ts";
import type { SentenceView } from "./sentence-view.ts";
import { DETERMINERS, PREPOSITIONS, words } from "./word-classes.ts";

// What follows a subject rather than a command's verb: an auxiliary, a joint or a clause break.
const NOT_AFTER_COMMAND = words(
  "is are was were be been has have had will would can could should must may might shall do does did 's of and or nor , . ; : ! ? — –",
);

// Objects that all but prove a command: a sentence-opening noun is seldom followed by "your" or "the".
const STRONG_OBJECT = words(
  "the a an every each all more less your our their its it them us him yourself yourselves ourselves",
);

const NEGATIVE_COMMAND = /^(?:do not|don't|never|please|let us|let's)\b/;

/**
 * A cue when the main clause is a command ("Raise the minimum wage."), else undefined; `listItem`
 * accepts any word that can be a verb, since list items are so often instructions.
 */
export function imperativeCue(view: SentenceView, listItem = false): string | undefined {
  const { tokens } = view;
  const first = tokens[view.head];
  const next = tokens[view.head + 1]?.lower ?? "";
  if (!first || view.roles[view.head] !== "main") return undefined;
  const rest = view.main.slice(view.main.indexOf(first.lower));
  if (NEGATIVE_COMMAND.test(rest)) return `imperative:${rest.split(" ").slice(0, 2).join(" ")}`;
  const word = first.lower;
  if (!/^[a-z]+$/.test(word) || /(?:ing|ed|ly)$/.test(word) || /[^s]s$/.test(word)) return undefined;
  if (DETERMINERS.has(word) || PREPOSITIONS.has(word) || NOT_AFTER_COMMAND.has(next)) return undefined;
  if (!isSentenceStart(view)) return undefined;
  const command = readsAsCommand(word) || ((listItem || STRONG_OBJECT.has(next)) && canBeVerb(word));
  return command ? `imperative:${word}` : undefined;
}

// A command stands at the start of its sentence, after connectors at most ("And so, act now.").
function isSentenceStart(view: SentenceView): boolean {
  return view.roles.slice(0, view.head).every((role) => role === "main" || role === "steer");
}
