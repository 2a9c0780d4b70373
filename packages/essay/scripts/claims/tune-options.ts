import { scoreCalls } from "../eval/confusion.ts";
import { crossValidate } from "./cross-validate.ts";
import type { Row } from "./dataset.ts";
import type { FitOptions } from "./fit.ts";

/** One setting's cross-validated scores, averaged over shuffle seeds, with the seeds' spread. */
export interface OptionScore {
  readonly label: string;
  readonly macroF1: number;
  readonly min: number;
  readonly max: number;
  readonly accuracy: number;
}

/**
 * Cross-validates each labelled setting with `seeds` different shuffle seeds and averages the
 * macro-F1 and accuracy, so that a difference smaller than one seed's noise shows as such.
 */
export function compareOptions(
  rows: readonly Row[],
  variants: readonly (readonly [string, FitOptions])[],
  seeds: number,
): OptionScore[] {
  return variants.map(([label, options]) => {
    const runs = Array.from({ length: seeds }, (_, i) => {
      const held = crossValidate(rows, { ...options, seed: 12345 + i * 7919 });
      return scoreCalls(held.map((entry) => ({ gold: entry.row.kind, predicted: entry.kind })));
    });
    const f1 = runs.map((run) => run.macroF1);
    return {
      label,
      macroF1: mean(f1),
      min: Math.min(...f1),
      max: Math.max(...f1),
      accuracy: mean(runs.map((run) => run.accuracy)),
    };
  });
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / Math.max(values.length, 1);
}
