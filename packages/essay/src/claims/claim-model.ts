import type { ClaimKind } from "../types.ts";
import type { Feature } from "./features.ts";

/** The learned weights of the claim tagger, as the training script writes them. */
export interface ClaimWeights {
  /** The kinds, in the order of every weight vector. */
  readonly kinds: readonly ClaimKind[];
  readonly bias: readonly number[];
  /** Per feature name, one weight per kind. */
  readonly weights: Readonly<Record<string, readonly number[]>>;
  /** The thesis model: a logistic regression over the thesis features. */
  readonly thesis: { readonly bias: number; readonly weights: Readonly<Record<string, number>> };
  /** How many labelled sentences and essays the weights were trained on. */
  readonly trainedOn: { readonly sentences: number; readonly essays: number };
}

/** A sentence's kind with the probability the model gives it and the cues that decided it. */
export interface Classified {
  readonly kind: ClaimKind;
  readonly probability: number;
  readonly cues: readonly string[];
}

/** Cue phrase for a sentence that none of the model's cues pushed anywhere. */
export const DEFAULT_CUE = "no cue words: an assertion by default";

const MIN_CONTRIBUTION = 0.3;
const MAX_CUES = 3;

/**
 * Scores a sentence's features with the multinomial logistic regression and names, as cues, the
 * features that most separate the chosen kind from the runner-up.
 */
export function classify(features: readonly Feature[], model: ClaimWeights): Classified {
  const scores = [...model.bias];
  const rows = features.map((feature) => model.weights[feature.name]);
  for (const row of rows) {
    if (row) for (let k = 0; k < scores.length; k++) scores[k] = (scores[k] ?? 0) + (row[k] ?? 0);
  }
  const order = scores.map((_, k) => k).sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0));
  const best = order[0] ?? 0;
  const second = order[1] ?? best;
  const kind = model.kinds[best] ?? "assessment";
  const cues = features
    .map((feature, i) => ({ feature, gain: (rows[i]?.[best] ?? 0) - (rows[i]?.[second] ?? 0) }))
    .filter((entry) => entry.gain >= MIN_CONTRIBUTION)
    .sort((a, b) => b.gain - a.gain)
    .slice(0, MAX_CUES)
    .map((entry) => entry.feature.phrase);
  return { kind, probability: softmax(scores)[best] ?? 0, cues: cues.length > 0 ? cues : [fallbackCue(kind)] };
}

/** The probability the thesis model gives a sentence with these thesis features. */
export function thesisProbability(features: readonly string[], model: ClaimWeights): number {
  let score = model.thesis.bias;
  for (const name of features) score += model.thesis.weights[name] ?? 0;
  return 1 / (1 + Math.exp(-score));
}

/** Softmax of a score vector. */
export function softmax(scores: readonly number[]): number[] {
  const top = Math.max(...scores);
  const exps = scores.map((score) => Math.exp(score - top));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((value) => value / sum);
}

function fallbackCue(kind: ClaimKind): string {
  return kind === "assessment"
    ? DEFAULT_CUE
    : `the overall wording reads as ${kind === "attribution" ? "an" : "a"} ${kind}`;
}
