import { CLAIM_KINDS, type ClaimKind } from "../../src/types.ts";
import type { AlignedClaim } from "./align-gold.ts";

/** Precision, recall and F1 of one kind, with its gold and predicted counts. */
export interface KindScore {
  readonly kind: ClaimKind;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly gold: number;
  readonly predicted: number;
}

/** Everything `eval:claims` reports. */
export interface ClaimScores {
  readonly kinds: readonly KindScore[];
  readonly macroF1: number;
  readonly accuracy: number;
  readonly thesisHits: number;
  readonly thesisGold: number;
  readonly thesisPredicted: number;
  readonly boundaryPrecision: number;
  readonly boundaryRecall: number;
  readonly boundaryF1: number;
}

/** Scores aligned claims per kind, overall, for thesis flags and for sentence boundaries. */
export function scoreClaims(
  aligned: readonly AlignedClaim[],
  predictedEnds: number,
  thesisPredicted: number,
): ClaimScores {
  const kinds = CLAIM_KINDS.map((kind) => scoreKind(aligned, kind));
  const correct = aligned.filter((entry) => entry.predicted?.kind === entry.gold.kind).length;
  const found = aligned.filter((entry) => entry.boundaryFound).length;
  const boundaryPrecision = ratio(found, predictedEnds);
  const boundaryRecall = ratio(found, aligned.length);
  return {
    kinds,
    macroF1: kinds.reduce((sum, score) => sum + score.f1, 0) / kinds.length,
    accuracy: ratio(correct, aligned.length),
    thesisHits: aligned.filter((entry) => entry.gold.thesis && entry.predicted?.thesis === true).length,
    thesisGold: aligned.filter((entry) => entry.gold.thesis).length,
    thesisPredicted,
    boundaryPrecision,
    boundaryRecall,
    boundaryF1: harmonic(boundaryPrecision, boundaryRecall),
  };
}

function scoreKind(aligned: readonly AlignedClaim[], kind: ClaimKind): KindScore {
  const gold = aligned.filter((entry) => entry.gold.kind === kind).length;
  const predicted = aligned.filter((entry) => entry.predicted?.kind === kind).length;
  const hits = aligned.filter((entry) => entry.gold.kind === kind && entry.predicted?.kind === kind).length;
  const precision = ratio(hits, predicted);
  const recall = ratio(hits, gold);
  return { kind, precision, recall, f1: harmonic(precision, recall), gold, predicted };
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}

function harmonic(a: number, b: number): number {
  return a + b === 0 ? 0 : (2 * a * b) / (a + b);
}
