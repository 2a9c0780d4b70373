import { words } from "../claims/word-classes.ts";

// Abbreviations after which the next word continues the sentence, written lower case without the
// final dot; inner dots stay and spaces go ("z. B." is "z.b").
const BY_LANGUAGE: Readonly<Record<string, ReadonlySet<string>>> = {
  fr: words(
    "m mm mme mmes mlle mlles dr pr me mgr st ste p.ex cf etc av apr env c.-à-d c.à.d n° no vol chap p pp art éd fig t",
  ),
  de: words("z.b u.a d.h usw bzw vgl ca nr dr prof hr fr s str jh jhd bd abs art ggf evtl inkl sog u.ä o.ä z.t i.d.r"),
  es: words("sr sra srta dr dra d dña ud uds p.ej etc pág núm art vol"),
  it: words("sig sigg dott prof ecc p.es pag art vol"),
  nl: words("dhr mevr dr prof bijv o.a d.w.z enz blz nr"),
  pt: words("sr sra dr dra prof p.ex etc pág art vol"),
};

const NONE: ReadonlySet<string> = new Set();

const withPrefixes = new Map<string, ReadonlySet<string>>();

/**
 * A language's abbreviations that never end a sentence (an empty set for languages not listed),
 * with the first piece of each dotted one ("z" of "z.b"), since a segmenter may cut inside it.
 */
export function abbreviationsFor(lang: string): ReadonlySet<string> {
  const key = lang.toLowerCase().split("-")[0] ?? "";
  const cached = withPrefixes.get(key);
  if (cached) return cached;
  const own = BY_LANGUAGE[key] ?? NONE;
  const all = new Set(own);
  for (const abbreviation of own) {
    const dot = abbreviation.indexOf(".");
    if (dot > 0) all.add(abbreviation.slice(0, dot));
  }
  withPrefixes.set(key, all);
  return all;
}
