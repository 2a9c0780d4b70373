import type { Feature } from "./features.ts";

/** What the thesis features read of one sentence. */
export interface ThesisInput {
  readonly text: string;
  readonly features: readonly Feature[];
  /** The paragraph's position in the essay, from 0 (first) to 1 (last). */
  readonly position: number;
  readonly lastParagraph: boolean;
  /** Share of the sentence's content words that recur across the essay (see `centrality`). */
  readonly centrality: number;
  /** Share of the headline's content words that the sentence uses. */
  readonly headlineOverlap: number;
}

const EXPLICIT =
  /\b(?:(?:i|we) (?:will |shall |would |want to |mean to )?(?:argue|contend|maintain|propose|submit)|this (?:essay|article|paper|piece|post|talk|book|chapter) (?:argues|will argue|contends|shows|will show|proposes|makes the case)|my (?:argument|claim|thesis|contention|point) is|the (?:central|main|key) (?:argument|point|claim|lesson) (?:here )?is)\b/i;
const CONCLUDING = /^(?:therefore|thus|hence|so|in short|in sum|ultimately|in the end|in conclusion|to conclude)\b/i;
// Sentence features that also bear on whether a sentence states the essay's proposition.
const SHARED = /^(?:rule:|person:|question$|short$|long$|steering$|list-item$|block-quote$|first-in-paragraph$|hedge$)/;

/** The features of a sentence that the thesis model weighs: position, centrality, explicitness, and its kind cues. */
export function thesisFeatures(input: ThesisInput): string[] {
  const names = input.features.map((feature) => feature.name).filter((name) => SHARED.test(name));
  names.push(`at:${bucket(input.position, [0.02, 0.1, 0.25, 0.5, 0.85])}`);
  if (input.lastParagraph) names.push("at:last-paragraph");
  names.push(`central:${bucket(input.centrality, [0.2, 0.4, 0.6])}`);
  names.push(`headline:${bucket(input.headlineOverlap, [0.01, 0.2, 0.4, 0.6])}`);
  if (EXPLICIT.test(input.text)) names.push("explicit");
  if (CONCLUDING.test(input.text.trimStart())) names.push("concluding");
  return names;
}

/**
 * Picks an essay's thesis sentences from their probabilities: the most likely one always, and
 * up to two more whose probability is at least `threshold`.
 */
export function pickTheses(probabilities: readonly number[], threshold = 0.5): Set<number> {
  const ranked = probabilities.map((p, i) => ({ p, i })).sort((a, b) => b.p - a.p || a.i - b.i);
  const picked = new Set<number>();
  ranked.slice(0, 3).forEach((entry, rank) => {
    if (rank === 0 || entry.p >= threshold) picked.add(entry.i);
  });
  return picked;
}

function bucket(value: number, edges: readonly number[]): string {
  const at = edges.findIndex((edge) => value < edge);
  return String(at < 0 ? edges.length : at);
}
