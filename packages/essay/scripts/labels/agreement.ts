import { CLAIM_KINDS } from "../../src/types.ts";
import { type ConfusionScores, scoreCalls } from "../eval/confusion.ts";
import { readStore } from "./store.ts";

// Agreement between the two independent labelling passes on the double-labelled essays:
// pass B scored against pass A (macro-F1 over the six kinds, accuracy, Cohen's kappa, per kind).
const pairs: { gold: string; predicted: string }[] = [];
const essays: string[] = [];
for (const store of readStore()) {
  const double = store.labels.filter((label) => label.passA && label.passB);
  if (double.length === 0) continue;
  essays.push(`${store.file} (${double.length})`);
  for (const label of double) pairs.push({ gold: label.passA?.kind ?? "none", predicted: label.passB?.kind ?? "none" });
}
if (pairs.length === 0) {
  process.stdout.write(
    "No essay has two passes in the label store yet.\n  ↳ import pass B with scripts/labels/import-labels.ts\n",
  );
} else {
  const scores: ConfusionScores = scoreCalls(pairs, [...CLAIM_KINDS, "none"]);
  process.stdout.write(
    `pass B against pass A on ${pairs.length} sentences of ${essays.length} essays:\n  ${essays.join("\n  ")}\n\n`,
  );
  process.stdout.write("kind            prec.  rec.   F1     A     B\n");
  for (const row of scores.kinds) {
    process.stdout.write(
      `${row.kind.padEnd(15)} ${row.precision.toFixed(3)}  ${row.recall.toFixed(3)}  ${row.f1.toFixed(3)}  ${String(row.gold).padStart(4)}  ${String(row.predicted).padStart(4)}\n`,
    );
  }
  process.stdout.write(
    `\nmacro-F1 (six kinds)  ${scores.macroF1.toFixed(3)}\naccuracy              ${scores.accuracy.toFixed(3)}\nCohen's kappa         ${scores.kappa.toFixed(3)}\n`,
  );
}
