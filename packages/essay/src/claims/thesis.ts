import type { ClaimKind } from "../types.ts";

/** What the thesis finder needs to know of a claim. */
export interface ThesisCandidate {
  readonly kind: ClaimKind;
  readonly text: string;
  readonly paragraphIndex: number;
}

/**
 * Picks the indexes of the 1–3 claims that most likely state the essay's central proposition:
 * recommendations early in the essay score highest.
 */
export function findTheses(claims: readonly ThesisCandidate[]): Set<number> {
  const scored = claims
    .map((claim, i) => ({ i, score: thesisScore(claim, claims.length) }))
    .filter((entry) => entry.score > 0)
    .sort((a, b) => b.score - a.score || a.i - b.i);
  return new Set(scored.slice(0, 1).map((entry) => entry.i));
}

function thesisScore(claim: ThesisCandidate, total: number): number {
  if (claim.kind !== "recommendation") return 0;
  const early = 1 - claim.paragraphIndex / Math.max(total, 1);
  return 1 + early;
}
