import type { ClaimKind } from "../types.ts";
import { cuePhrase } from "./cue-phrases.ts";
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

/** A sentence's kind and the cues that decided it. */
export interface Classified {
  readonly kind: ClaimKind;
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
  const classes = model.bias.length;
  // Scratch space reused from call to call (one call runs at a time): no arrays per sentence.
  const scores = scratchScores(classes);
  for (let k = 0; k < classes; k++) scores[k] = model.bias[k] ?? 0;
  const rows = ROWS;
  for (let i = 0; i < features.length; i++) {
    const row = model.weights[(features[i] as Feature).name];
    rows[i] = row;
    if (row) for (let k = 0; k < classes; k++) scores[k] = (scores[k] ?? 0) + (row[k] ?? 0);
  }
  let best = 0;
  let second = -1;
  for (let k = 1; k < classes; k++) {
    if ((scores[k] ?? 0) > (scores[best] ?? 0)) {
      second = best;
      best = k;
    } else if (second < 0 || (scores[k] ?? 0) > (scores[second] ?? 0)) second = k;
  }
  const kind = model.kinds[best] ?? "assessment";
  const cues = topCues(features, rows, best, Math.max(second, 0));
  return { kind, cues: cues.length > 0 ? cues : [fallbackCue(kind)] };
}

const ROWS: (readonly number[] | undefined)[] = [];
let SCORES = new Float64Array(8);

function scratchScores(classes: number): Float64Array {
  if (SCORES.length < classes) SCORES = new Float64Array(classes);
  return SCORES;
}

// The features whose weights most favour the chosen kind over the runner-up, as phrases.
function topCues(
  features: readonly Feature[],
  rows: readonly (readonly number[] | undefined)[],
  best: number,
  second: number,
): string[] {
  // The features that gain enough, by index, heaviest first (ties in feature order).
  const picked = PICKED;
  const gains = GAINS;
  picked.length = 0;
  for (let i = 0; i < features.length; i++) {
    const row = rows[i];
    if (!row) continue;
    const gain = (row[best] ?? 0) - (row[second] ?? 0);
    if (gain < MIN_CONTRIBUTION) continue;
    gains[i] = gain;
    picked.push(i);
  }
  if (picked.length === 0) return [];
  // An insertion sort: a handful of features, and no work array as Array#sort would make.
  for (let p = 1; p < picked.length; p++) {
    const i = picked[p] as number;
    let q = p;
    while (q > 0 && (gains[picked[q - 1] as number] ?? 0) < (gains[i] ?? 0)) {
      picked[q] = picked[q - 1] as number;
      q--;
    }
    picked[q] = i;
  }
  const shown: Feature[] = [];
  const phrases: string[] = [];
  for (const i of picked) {
    if (shown.length === MAX_CUES) break;
    const feature = features[i] as Feature;
    if (shown.some((other) => sameOpening(other, feature))) continue;
    // Two features can read alike to a reader (a block quotation is a cue and a shape): one is shown.
    const phrase = cuePhrase(feature);
    if (phrases.includes(phrase)) continue;
    shown.push(feature);
    phrases.push(phrase);
  }
  return phrases;
}

const PICKED: number[] = [];
const GAINS: number[] = [];

// The opening word and the opening two words ("prevent", "prevent speculative") are two features
// but one cue to a reader: the stronger one is shown.
function sameOpening(a: Feature, b: Feature): boolean {
  if (!a.name.startsWith("head:") || !b.name.startsWith("head:")) return false;
  return a.detail.startsWith(`${b.detail} `) || b.detail.startsWith(`${a.detail} `) || a.detail === b.detail;
}

/** The probability the thesis model gives a sentence with these thesis features. */
export function thesisProbability(features: readonly string[], model: ClaimWeights): number {
  let score = model.thesis.bias;
  for (const name of features) score += model.thesis.weights[name] ?? 0;
  return 1 / (1 + Math.exp(-score));
}

function fallbackCue(kind: ClaimKind): string {
  return kind === "assessment"
    ? DEFAULT_CUE
    : `the overall wording reads as ${kind === "attribution" ? "an" : "a"} ${kind}`;
}
