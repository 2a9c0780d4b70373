import { STOPWORDS } from "./stopwords.ts";

/** Lower-cased content words of a text, with a crude plural fold ("channels" → "channel"). */
export function contentWords(text: string): string[] {
  const words = text.toLowerCase().match(/\p{L}[\p{L}’'-]*/gu) ?? [];
  return words.filter((word) => word.length > 2 && !STOPWORDS.has(word)).map(stem);
}

/** A light stem: enough to match "channels" with "channel" and "signals" with "signal". */
export function stem(word: string): string {
  if (word.endsWith("ies") && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith("s") && !word.endsWith("ss") && word.length > 3) return word.slice(0, -1);
  return word;
}
