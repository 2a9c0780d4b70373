import type { ClaimScores } from "./metrics.ts";

/** Renders the scores as the plain-text table `eval:claims` prints. */
export function formatReport(scores: ClaimScores, essay: string, gold: string): string {
  const rows = scores.kinds.map(
    (score) =>
      `${score.kind.padEnd(15)} ${fixed(score.precision)}  ${fixed(score.recall)}  ${fixed(score.f1)}  ${String(score.gold).padStart(4)}  ${String(score.predicted).padStart(4)}`,
  );
  return [
    `essay: ${essay}`,
    `gold:  ${gold}`,
    "",
    "kind            prec.  rec.   F1     gold  pred",
    ...rows,
    "",
    `macro-F1 (six kinds)    ${fixed(scores.macroF1)}`,
    `accuracy                ${fixed(scores.accuracy)}`,
    `thesis hits             ${scores.thesisHits} of ${scores.thesisGold} gold (${scores.thesisPredicted} flagged)`,
    `sentence-boundary F1    ${fixed(scores.boundaryF1)} (precision ${fixed(scores.boundaryPrecision)}, recall ${fixed(scores.boundaryRecall)})`,
    "",
  ].join("\n");
}

function fixed(value: number): string {
  return value.toFixed(3);
}
