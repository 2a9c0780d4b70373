import type { ClaimWeights } from "../../src/claims/claim-model.ts";
import { CLAIM_KINDS } from "../../src/types.ts";
import type { Row } from "./dataset.ts";
import { type TrainOptions, trainLogistic } from "./logistic.ts";

/** The trainer's settings for the kind model, chosen by cross-validated macro-F1. */
export const KIND_OPTIONS: TrainOptions = { epochs: 25, rate: 0.1, l2: 0.1, minCount: 2, balance: 0.5 };
/** How strongly the taxonomy's cue families pull towards their kinds before any data is seen. */
export const PRIOR_STRENGTH = 3;

/** The kind model's trainer settings, plus the strength of the taxonomy prior (default {@link PRIOR_STRENGTH}). */
export interface FitOptions extends TrainOptions {
  readonly priorStrength?: number;
}
/** The trainer's settings for the thesis model (rare positives, so fully balanced). */
export const THESIS_OPTIONS: TrainOptions = { epochs: 25, rate: 0.2, l2: 1e-3, minCount: 2, balance: 1 };

// The taxonomy's cue families, each a prior push towards its kind; docs/claims.md's precedence (the
// first kind that fits wins) becomes a descending prior strength.
const FAMILY_KIND: readonly [RegExp, number][] = [
  [/^rule:ought:/, 0],
  [/^rule:forecast:/, 1],
  [/^rule:fact:/, 2],
  [/^rule:report:/, 3],
  [/^rule:grant:/, 4],
];

/** The prior weights of the taxonomy's cue features, scaled by `strength`. */
export function taxonomyPrior(names: Iterable<string>, strength: number): Map<string, number[]> {
  const prior = new Map<string, number[]>();
  for (const name of names) {
    const family = FAMILY_KIND.find(([pattern]) => pattern.test(name));
    if (!family) continue;
    const row = new Array<number>(CLAIM_KINDS.length).fill(0);
    row[family[1]] = strength * (1 - family[1] * 0.08);
    prior.set(name, row);
  }
  return prior;
}

/** Fits the kind and thesis models on labelled rows and returns them in the shipped weights' shape. */
export function fitWeights(rows: readonly Row[], kindOptions: FitOptions = KIND_OPTIONS): ClaimWeights {
  const kinds = [...CLAIM_KINDS];
  const names = new Set(rows.flatMap((row) => row.features));
  const prior = kindOptions.prior ?? taxonomyPrior(names, kindOptions.priorStrength ?? PRIOR_STRENGTH);
  const kindModel = trainLogistic(
    rows.map((row) => ({ features: row.features, label: kinds.indexOf(row.kind) })),
    kinds.length,
    { prior, ...kindOptions },
  );
  const thesisModel = trainLogistic(
    rows.map((row) => ({ features: row.thesisFeatures, label: row.thesis ? 1 : 0 })),
    2,
    THESIS_OPTIONS,
  );
  const weights: Record<string, number[]> = {};
  for (const [name, row] of [...kindModel.weights].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (row.some((value) => Math.abs(value) >= 0.01)) weights[name] = row.map(round);
  }
  const thesis: Record<string, number> = {};
  for (const [name, row] of [...thesisModel.weights].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const value = round((row[1] ?? 0) - (row[0] ?? 0));
    if (Math.abs(value) >= 0.01) thesis[name] = value;
  }
  return {
    kinds,
    bias: kindModel.bias.map(round),
    weights,
    thesis: { bias: round((thesisModel.bias[1] ?? 0) - (thesisModel.bias[0] ?? 0)), weights: thesis },
    trainedOn: { sentences: rows.length, essays: new Set(rows.map((row) => row.file)).size },
  };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
