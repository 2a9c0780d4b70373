import model from "wink-eng-lite-web-model";
import winkNLP from "wink-nlp";

interface Lexicon {
  readonly nlp: ReturnType<typeof winkNLP>;
  /** Ids from here on belong to words outside the lexicon. */
  readonly size: number;
}

let lexicon: Lexicon | undefined;
// Lookups are cached per word: wink-nlp reads a short document for each, which costs tens of µs.
const commonCache = new Map<string, boolean>();
const commandCache = new Map<string, boolean>();
const verbCache = new Map<string, boolean>();
const adjectiveCache = new Map<string, boolean>();

function load(): Lexicon {
  if (lexicon) return lexicon;
  const nlp = winkNLP(model, ["pos"]);
  // The first unknown word read gets the first id past the lexicon's end.
  const size = Number(nlp.readDoc("zzqxjvw").tokens().itemAt(0)?.out(nlp.its.uniqueId) ?? 0);
  const loaded = { nlp, size };
  lexicon = loaded;
  return loaded;
}

/**
 * True when `word`, written in lower case, is an ordinary English word in wink-nlp's lexicon
 * (not a proper noun, not unknown). Used to tell a headline's names from its title-cased words.
 */
export function isCommonWord(word: string): boolean {
  const key = word.toLowerCase();
  const cached = commonCache.get(key);
  if (cached !== undefined) return cached;
  const { nlp, size } = load();
  const token = nlp.readDoc(`the ${key}`).tokens().itemAt(1);
  const result =
    token !== undefined && Number(token.out(nlp.its.uniqueId)) < size && token.out(nlp.its.pos) !== "PROPN";
  commonCache.set(key, result);
  return result;
}

/**
 * True when wink-nlp reads `word` as a verb when it opens a command ("Build the plan."):
 * strict, so nouns that double as verbs ("Trust", "Signal") mostly read false. Cached per word.
 */
export function readsAsCommand(word: string): boolean {
  const key = word.toLowerCase();
  const cached = commandCache.get(key);
  if (cached !== undefined) return cached;
  const capitalised = key.charAt(0).toUpperCase() + key.slice(1);
  const result = firstPos(`${capitalised} the plan.`) === "VERB";
  commandCache.set(key, result);
  return result;
}

/** True when wink-nlp reads `word` as a verb after "to" ("to signal the plan"). Cached per word. */
export function canBeVerb(word: string): boolean {
  const key = word.toLowerCase();
  const cached = verbCache.get(key);
  if (cached !== undefined) return cached;
  const { nlp } = load();
  const result = nlp.readDoc(`to ${key} the plan.`).tokens().itemAt(1)?.out(nlp.its.pos) === "VERB";
  verbCache.set(key, result);
  return result;
}

/** True when wink-nlp reads `word` as an adjective after "very" ("it is very potential"). Cached per word. */
export function canBeAdjective(word: string): boolean {
  const key = word.toLowerCase();
  const cached = adjectiveCache.get(key);
  if (cached !== undefined) return cached;
  const { nlp } = load();
  const result = nlp.readDoc(`it is very ${key}.`).tokens().itemAt(3)?.out(nlp.its.pos) === "ADJ";
  adjectiveCache.set(key, result);
  return result;
}

function firstPos(text: string): string | undefined {
  const { nlp } = load();
  return nlp.readDoc(text).tokens().itemAt(0)?.out(nlp.its.pos);
}
