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
  const scores = model.bias.slice();
  const rows: (readonly number[] | undefined)[] = new Array(features.length);
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

// The features whose weights most favour the chosen kind over the runner-up, as phrases.
function topCues(
  features: readonly Feature[],
  rows: readonly (readonly number[] | undefined)[],
  best: number,
  second: number,
): string[] {
  const picked: { feature: Feature; gain: number }[] = [];
  for (let i = 0; i < features.length; i++) {
    const row = rows[i];
    if (!row) continue;
    const gain = (row[best] ?? 0) - (row[second] ?? 0);
    if (gain >= MIN_CONTRIBUTION) picked.push({ feature: features[i] as Feature, gain });
  }
  if (picked.length === 0) return [];
  picked.sort((a, b) => b.gain - a.gain);
  const shown: Feature[] = [];
  const phrases: string[] = [];
  for (const { feature } of picked) {
    if (shown.length === MAX_CUES) break;
    if (shown.some((other) => sameOpening(other, feature))) continue;
    // Two features can read alike to a reader (a block quotation is a cue and a shape): one is shown.
    const phrase = cuePhrase(feature);
    if (phrases.includes(phrase)) continue;
    shown.push(feature);
    phrases.push(phrase);
  }
  return phrases;
}

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
