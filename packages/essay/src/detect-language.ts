// The commonest function words of a few languages: enough to tell them apart on a page of text.
const FUNCTION_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: ["the", "and", "of", "to", "is", "that", "in", "it", "was", "for", "with", "which"],
  fr: ["le", "la", "les", "des", "est", "et", "une", "que", "qui", "dans", "pas", "du"],
  de: ["der", "die", "und", "das", "ist", "nicht", "ein", "eine", "zu", "den", "mit", "sich"],
  es: ["el", "los", "las", "que", "y", "es", "del", "una", "por", "con", "para", "se"],
  it: ["il", "che", "di", "e", "per", "non", "una", "sono", "gli", "della", "con", "si"],
  nl: ["het", "een", "van", "en", "is", "niet", "dat", "op", "voor", "zijn", "met", "ook"],
  pt: ["os", "que", "não", "uma", "do", "da", "em", "para", "com", "se", "por", "mais"],
};
const SAMPLE = 20_000;
const MIN_HITS = 20;

const lookup = new Map<string, string[]>();
for (const [lang, words] of Object.entries(FUNCTION_WORDS)) {
  for (const word of words) lookup.set(word, [...(lookup.get(word) ?? []), lang]);
}

/**
 * The language of a text by its function words (`en`, `fr`, `de`, `es`, `it`, `nl`, `pt`), or
 * `undefined` when the sample is too short or no language clearly leads.
 */
export function detectLanguage(texts: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  let length = 0;
  for (const text of texts) {
    for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
      for (const lang of lookup.get(word) ?? []) counts.set(lang, (counts.get(lang) ?? 0) + 1);
    }
    length += text.length;
    if (length > SAMPLE) break;
  }
  const [first, second] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  if (!first || first[1] < MIN_HITS) return undefined;
  return !second || first[1] >= second[1] * 1.5 ? first[0] : undefined;
}
