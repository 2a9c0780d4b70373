import { canBeVerb, readsAsCommand } from "../lexicon.ts";
import type { SentenceView } from "./sentence-view.ts";
import { DETERMINERS, PREPOSITIONS, words } from "./word-classes.ts";

// What follows a subject rather than a command's verb: an auxiliary, a joint or a clause break.
const NOT_AFTER_COMMAND = words(
  "is are was were be been has have had will would can could should must may might shall do does did 's of and or nor , . ; : ! ? — – can't cannot won't wouldn't couldn't shouldn't mustn't doesn't don't didn't isn't aren't wasn't weren't hasn't haven't hadn't 'll 'd needs wants seems remains means says does has goes gives takes makes gets knows thinks becomes helps provides requires allows includes offers tends continues depends",
);

// Auxiliaries that open a question ("Did it work?"), never a command.
const QUESTION_OPENERS = words(
  "do does did is are was were have has had can could will would shall should may might must",
);

// Irregular past participles, which open a participial phrase ("Taken together, …", "Driven by…").
const PARTICIPLES = words(
  "taken given driven shown known written broken chosen seen done gone born drawn grown thrown spoken forgotten hidden proven beaten fallen risen sworn torn worn",
);

const PRONOUNS = words("it they he she we i you this that there");

// Adverbs that may stand before a command's verb ("Just ask.", "Always check the date.").
const BEFORE_COMMAND = words("just simply always please kindly");

// Subjects of the clause that follows a command and states its consequence ("…, and he cannot…").
const CONSEQUENCE =
  /^[^,;]*?(?:,|;)? and (?:(?:he|she|it|they|you|we|the \w+|there|nothing|no one|everything|all) )(?:\w+ )?(?:will|would|can|cannot|can't|won't|shall|must|'ll|may|might)\b/;

// Objects that all but prove a command: a sentence-opening noun is seldom followed by "your" or "the".
const STRONG_OBJECT = words(
  "the a an every each all more less your our their its it them us him yourself yourselves ourselves these those how why what whether everything something anything everyone someone",
);

const NEGATIVE_COMMAND = /^(?:do not|don't|never|please|let us|let's)\b/;

// "Let us illustrate…", "let us now proceed to…", "let us assume…": the author leading the reader
// through the argument, not urging an act (as "let us unite" does).
const ARGUMENT_MOVES = words(
  "illustrate assume suppose reason reflect proceed inquire examine consider look turn pause recall remember note see compare review imagine summarize summarise begin start return",
);
const LET_ADVERBS = words("now first briefly then here next also");

function lettingMove(rest: string): boolean {
  const parts = rest.split(" ", 8);
  let at = parts[0] === "let's" ? 1 : parts[0] === "let" && (parts[1] === "us" || parts[1] === "me") ? 2 : -1;
  if (at < 0) return false;
  while (parts[at] === "," || LET_ADVERBS.has(parts[at] ?? "")) at++;
  return ARGUMENT_MOVES.has(parts[at] ?? "");
}

/**
 * A cue when the main clause is a command ("Raise the minimum wage."), else undefined; `listItem`
 * accepts any word that can be a verb, since list items are so often instructions.
 */
export function imperativeCue(view: SentenceView, listItem = false): string | undefined {
  const command = commandWord(view, listItem);
  // "Separate a man from society, and he cannot…": the command states a condition (prediction.ts).
  return command && !thenConsequence(view) ? `imperative:${command}` : undefined;
}

/**
 * A cue for "Do X, and Y follows": a command joined by "and" to a clause that states its
 * consequence ("Raise the fee, and students will stay away."), which forecasts rather than prescribes.
 */
export function consequenceCue(view: SentenceView): string | undefined {
  const command = commandWord(view, false);
  return command && thenConsequence(view) ? `consequence:${command} …, and` : undefined;
}

function thenConsequence(view: SentenceView): boolean {
  return view.lead.includes(" and ") && CONSEQUENCE.test(view.lead);
}

// The command found for the last view asked about outside a list, kept: the recommendation and
// prediction detectors both ask for it, one after the other, for each sentence.
let lastView: SentenceView | undefined;
let lastCommand: string | undefined;

// The verb that opens the main clause as a command, or undefined.
function commandWord(view: SentenceView, listItem: boolean): string | undefined {
  if (listItem) return findCommand(view, true);
  if (view !== lastView) {
    lastCommand = findCommand(view, false);
    lastView = view;
  }
  return lastCommand;
}

function findCommand(view: SentenceView, listItem: boolean): string | undefined {
  const { tokens } = view;
  const first = tokens[view.head];
  if (!first || view.roles[view.head] !== "main") return undefined;
  const rest = view.main.slice(view.main.indexOf(first.lower));
  if (NEGATIVE_COMMAND.test(rest)) return lettingMove(rest) ? undefined : rest.split(" ").slice(0, 2).join(" ");
  // "Just ask.", "Politely decline.", "Ideally, explain why.": an adverb may stand before the verb.
  const adverb = BEFORE_COMMAND.has(first.lower) || /^[a-z]{3,}ly$/.test(first.lower);
  const at = adverb ? view.head + (tokens[view.head + 1]?.lower === "," ? 2 : 1) : view.head;
  const word = tokens[at]?.lower ?? "";
  const following = tokens[at + 1]?.lower ?? "";
  if (!/^[a-z]+$/.test(word) || /(?:ing|ed|ly)$/.test(word) || /[^s]s$/.test(word)) return undefined;
  if (DETERMINERS.has(word) || PREPOSITIONS.has(word) || NOT_AFTER_COMMAND.has(following)) return undefined;
  if (PARTICIPLES.has(word)) return undefined;
  // "Josh Triplett: …", "Forest Anderson: …": two capitalised words open a name more often than a
  // command does (measured on the corpus; "Call Congress" is the price).
  const second = tokens[at + 1];
  if (second?.capital && second.lower !== "i" && /^\p{Lu}\p{Ll}/u.test(second.text)) return undefined;
  // "Be patient.", "Be sure to…": "be" opens a command unless a subject follows ("Be it so…").
  if (word === "be") return PRONOUNS.has(following) || !isSentenceStart(view) ? undefined : word;
  if (tokens[tokens.length - 1]?.lower === "?" && QUESTION_OPENERS.has(word)) return undefined;
  if (!isSentenceStart(view)) return undefined;
  const command = readsAsCommand(word) || ((listItem || STRONG_OBJECT.has(following)) && canBeVerb(word));
  return command ? word : undefined;
}

// A command stands at the start of its sentence, after connectors ("And so, act now.") or a fronted
// condition or phrase ("If the page is stale, delete it.").
function isSentenceStart(view: SentenceView): boolean {
  const { roles, head } = view;
  if (roles.slice(0, head).every((role) => role === "main" || role === "steer")) return true;
  // After a fronted clause or phrase, the command follows its comma.
  return view.tokens[head - 1]?.lower === ",";
}
