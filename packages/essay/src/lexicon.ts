import model from "wink-eng-lite-web-model";
import winkNLP from "wink-nlp";

interface Lexicon {
  readonly nlp: ReturnType<typeof winkNLP>;
  /** Ids from here on belong to words outside the lexicon. */
  readonly size: number;
}

let lexicon: Lexicon | undefined;

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
  const { nlp, size } = load();
  const token = nlp.readDoc(`the ${word.toLowerCase()}`).tokens().itemAt(1);
  if (!token) return false;
  return Number(token.out(nlp.its.uniqueId)) < size && token.out(nlp.its.pos) !== "PROPN";
}
