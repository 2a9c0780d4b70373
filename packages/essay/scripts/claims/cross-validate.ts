import { classify, thesisProbability } from "../../src/claims/claim-model.ts";
import { pickTheses } from "../../src/claims/thesis.ts";
import type { ClaimKind } from "../../src/types.ts";
import type { Row } from "./dataset.ts";
import { type FitOptions, fitWeights } from "./fit.ts";

/** A held-out prediction: the row, the kind the fold's model gave it, and whether it was picked as a thesis. */
export interface HeldOut {
  readonly row: Row;
  readonly kind: ClaimKind;
  readonly thesis: boolean;
}

/**
 * Leave-one-essay-out cross-validation: each essay is tagged by a model trained on all the
 * other essays, so no sentence is ever scored by a model that saw its essay.
 */
export function crossValidate(rows: readonly Row[], options?: FitOptions): HeldOut[] {
  const files = [...new Set(rows.map((row) => row.file))];
  const out: HeldOut[] = [];
  for (const file of files) {
    const test = rows.filter((row) => row.file === file);
    const model = fitWeights(
      rows.filter((row) => row.file !== file),
      options,
    );
    const theses = pickTheses(test.map((row) => thesisProbability(row.thesisFeatures, model)));
    test.forEach((row, i) => {
      const kind = classify(
        row.features.map((name) => ({ name, detail: "" })),
        model,
      ).kind;
      out.push({ row, kind, thesis: theses.has(i) });
    });
  }
  return out;
}
