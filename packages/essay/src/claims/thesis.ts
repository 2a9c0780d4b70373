import type { Feature } from "./features.ts";

/** What the thesis features read of one sentence. */
export interface ThesisInput {
  readonly text: string;
  readonly features: readonly Feature[];
  /** The paragraph's position in the essay, from 0 (first) to 1 (last). */
  readonly position: number;
  readonly lastParagraph: boolean;
  /** The sentence's rank by similarity to the rest of the essay, as a share: 0 is the most central (see `centrality`). */
  readonly centrality: number;
  /** Share of the headline's content words that the sentence uses. */
  readonly headlineOverlap: number;
}

const EXPLICIT =
  /\b(?:(?:i|we) (?:will |shall |would |want to |mean to )?(?:argue|contend|maintain|propose|submit|recommend)|this (?:essay|article|paper|piece|post|talk|book|chapter|proposal|report|speech|rfc|memo|letter) (?:argues|will argue|contends|shows|will show|proposes|recommends|makes the case)|my (?:core |central |main |key )?(?:argument|claim|thesis|contention|point|message) (?:today |here )?is|the (?:central|main|key|core) (?:argument|point|claim|lesson|message) (?:here )?is|(?:a|one) simple message)\b/i;
// Words every explicit thesis phrase contains: a cheap test before the long pattern runs.
const EXPLICIT_WORDS =
  /argu|contend|maintain|propos|submit|recommend|thesis|contention|claim|point|lesson|shows|case|message/i;
const CONCLUDING = /^(?:therefore|thus|hence|so|in short|in sum|ultimately|in the end|in conclusion|to conclude)\b/i;
// Sentence features that also bear on whether a sentence states the essay's proposition.
const SHARED = new Set([
  "question",
  "short",
  "long",
  "steering",
  "list-item",
  "block-quote",
  "first-in-paragraph",
  "hedge",
]);
const AT = names("at:", 6);
const CENTRAL = names("central:", 6);
const FAMILIES = new Map(
  ["ought", "forecast", "fact", "report", "grant"].map((family) => [`rule:${family}`, `rule:${family}`]),
);
const HEADLINE = names("headline:", 5);

/** The features of a sentence that the thesis model weighs: position, centrality, explicitness, and its kind cues. */
export function thesisFeatures(input: ThesisInput): string[] {
  return withCentrality(thesisParts(input), input.centrality);
}

/**
 * A sentence's thesis features before its centrality is known (that takes the whole essay): what
 * comes before and after the centrality feature, so that a sentence's own features can be let go
 * as soon as it is tagged.
 */
export interface ThesisParts {
  readonly before: readonly string[];
  readonly after: readonly string[];
}

/** The thesis features {@link thesisFeatures} gives, less the centrality one. */
export function thesisParts(input: Omit<ThesisInput, "centrality">): ThesisParts {
  const before: string[] = [];
  for (const { name } of input.features) {
    const shared = sharedName(name);
    if (shared === undefined) continue;
    if (!name.startsWith("rule:") || !before.includes(shared)) before.push(shared);
  }
  before.push(AT[bucket(input.position, [0.02, 0.1, 0.25, 0.5, 0.85])] as string);
  if (input.lastParagraph) before.push("at:last-paragraph");
  const after = [HEADLINE[bucket(input.headlineOverlap, [0.01, 0.2, 0.4, 0.6])] as string];
  if (EXPLICIT_WORDS.test(input.text) && EXPLICIT.test(input.text)) after.push("explicit");
  if (CONCLUDING.test(input.text.trimStart())) after.push("concluding");
  return { before, after };
}

/** A sentence's thesis features, its centrality (see `centrality`) now known. */
export function withCentrality(parts: ThesisParts, centrality: number): string[] {
  return [...parts.before, CENTRAL[bucket(centrality, [0.02, 0.05, 0.1, 0.2, 0.4])] as string, ...parts.after];
}

// Chosen by cross-validated F1 of the thesis flags: 0.8 (recall 0.30, precision 0.25) beat 0.9
// (0.22, 0.25), 0.98 (0.14, 0.31) and 0.5 (0.30, 0.23).
const THRESHOLD = 0.8;

/**
 * Picks an essay's thesis sentences from their probabilities: the most likely one always, and
 * up to two more whose probability is at least `threshold`.
 */
export function pickTheses(probabilities: readonly number[], threshold = THRESHOLD): Set<number> {
  const ranked = probabilities.map((p, i) => ({ p, i })).sort((a, b) => b.p - a.p || a.i - b.i);
  const picked = new Set<number>();
  ranked.slice(0, 3).forEach((entry, rank) => {
    if (rank === 0 || entry.p >= threshold) picked.add(entry.i);
  });
  return picked;
}

// Which of the intervals cut by `edges` holds `value`: 0 below the first edge, edges.length above the last.
function bucket(value: number, edges: readonly number[]): number {
  const at = edges.findIndex((edge) => value < edge);
  return at < 0 ? edges.length : at;
}

function names(prefix: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => `${prefix}${i}`);
}

// What a sentence feature gives the thesis model, read once per feature name: the cue family
// ("rule:ought"), not the cue ("rule:ought:modal"), since a thesis is rarer than any one cue and
// families generalise across essays (cross-validated MRR 0.44 → 0.48); person and shape features
// as they are; nothing for the rest.
const SHARED_NAMES = new Map<string, string | undefined>();

function sharedName(name: string): string | undefined {
  let shared = SHARED_NAMES.get(name);
  if (shared === undefined && !SHARED_NAMES.has(name)) {
    if (name.startsWith("rule:")) shared = FAMILIES.get(name.slice(0, name.indexOf(":", 5))) ?? name;
    else if (name.startsWith("person:") || SHARED.has(name)) shared = name;
    if (SHARED_NAMES.size < 10_000) SHARED_NAMES.set(name, shared);
  }
  return shared;
}
