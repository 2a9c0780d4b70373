import { CLAIM_KINDS } from "../../src/types.ts";

/** Precision, recall and F1 of one label, with its gold and predicted counts. */
export interface LabelScore {
  readonly kind: string;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly gold: number;
  readonly predicted: number;
}

/** Scores of a set of (gold, predicted) calls. */
export interface ConfusionScores {
  readonly kinds: readonly LabelScore[];
  /** Mean F1 over the six claim kinds (whatever else `labels` lists). */
  readonly macroF1: number;
  readonly accuracy: number;
  readonly kappa: number;
  readonly total: number;
}

/** Scores predicted calls against gold ones per label, with macro-F1 over the six kinds, accuracy and Cohen's kappa. */
export function scoreCalls(
  pairs: readonly { readonly gold: string; readonly predicted: string }[],
  labels: readonly string[] = CLAIM_KINDS,
): ConfusionScores {
  const kinds = labels.map((kind) => {
    const gold = pairs.filter((pair) => pair.gold === kind).length;
    const predicted = pairs.filter((pair) => pair.predicted === kind).length;
    const hits = pairs.filter((pair) => pair.gold === kind && pair.predicted === kind).length;
    const precision = ratio(hits, predicted);
    const recall = ratio(hits, gold);
    return { kind, precision, recall, f1: harmonic(precision, recall), gold, predicted };
  });
  const six = kinds.filter((row) => (CLAIM_KINDS as readonly string[]).includes(row.kind));
  const accuracy = ratio(pairs.filter((pair) => pair.gold === pair.predicted).length, pairs.length);
  const chance = kinds.reduce((sum, row) => sum + (row.gold / pairs.length) * (row.predicted / pairs.length), 0);
  return {
    kinds,
    macroF1: six.reduce((sum, row) => sum + row.f1, 0) / Math.max(six.length, 1),
    accuracy,
    kappa: chance >= 1 ? 1 : (accuracy - chance) / (1 - chance),
    total: pairs.length,
  };
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}

function harmonic(a: number, b: number): number {
  return a + b === 0 ? 0 : (2 * a * b) / (a + b);
}
