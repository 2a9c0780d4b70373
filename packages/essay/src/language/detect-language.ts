import { franc } from "franc-min";
import { iso6393To1 } from "iso-639-3";

// franc reads trigrams (and never more than 2,048 characters); its cost grows with the sample and,
// on an essay of ordinary length, was a quarter of the whole parse at 2,048. A thousand characters
// (some 170 words) named the same language as 4,000 for every corpus essay and test fixture.
const SAMPLE = 1000;
// Below this many letters a guess is noise: short texts are read as English, the default.
const MIN_LETTERS = 100;

/**
 * The essay's language as a BCP 47 tag: the declared one (front matter `lang`) when it is a valid
 * tag, else franc's guess from the body, else `"en"` when the text is too short to tell (under 100 letters).
 */
export function detectLanguage(declared: string | undefined, body: readonly string[]): string {
  const tag = canonical(declared);
  if (tag) return tag;
  let sample = "";
  for (const text of body) {
    if (sample.length >= SAMPLE) break;
    sample += `${text}\n`;
  }
  const text = sample.slice(0, SAMPLE);
  if ((text.match(/\p{L}/gu)?.length ?? 0) < MIN_LETTERS) return "en";
  const guess = franc(text, { minLength: MIN_LETTERS });
  if (guess === "und") return "en";
  return iso6393To1[guess] ?? guess;
}

/** True when claim kinds, imperatives, the headline check and entity patterns apply: English only, for now. */
export function isEnglish(lang: string): boolean {
  return lang.toLowerCase().split("-")[0] === "en";
}

function canonical(value: string | undefined): string | undefined {
  if (value === undefined || value.trim() === "") return undefined;
  try {
    return Intl.getCanonicalLocales(value.trim().replace(/_/g, "-"))[0];
  } catch {
    return undefined;
  }
}
