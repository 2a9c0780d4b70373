import type { Claim, ClaimKind, Paragraph } from "../../src/types.ts";

/** One gold label from `shared/gold/*.claims.json`. */
export interface GoldClaim {
  readonly id: string;
  readonly text: string;
  readonly kind: ClaimKind;
  readonly thesis: boolean;
}

/** A gold sentence placed in its paragraph, with the predicted claim that covers most of it. */
export interface AlignedClaim {
  readonly gold: GoldClaim;
  readonly start: number;
  readonly end: number;
  readonly predicted: Claim | undefined;
  /** True when a predicted sentence ends exactly where the gold sentence ends. */
  readonly boundaryFound: boolean;
}

/**
 * Places each gold sentence in its paragraph by text (searching forward from the previous one),
 * so that a boundary error changes one label, not every later one.
 */
export function alignGold(gold: readonly GoldClaim[], paragraphs: readonly Paragraph[]): AlignedClaim[] {
  const cursor = new Map<string, number>();
  return gold.map((entry) => {
    const paragraphKey = entry.id.split(".")[0] ?? "";
    const paragraph = paragraphs.find((candidate) => candidate.id === paragraphKey);
    if (!paragraph) return { gold: entry, start: -1, end: -1, predicted: undefined, boundaryFound: false };
    const from = cursor.get(paragraphKey) ?? 0;
    const found = paragraph.text.indexOf(entry.text, from);
    const start = found >= 0 ? found : from;
    const end = found >= 0 ? found + entry.text.length : from + entry.text.length;
    cursor.set(paragraphKey, end);
    return {
      gold: entry,
      start,
      end,
      predicted: bestOverlap(paragraph.claims, start, end),
      boundaryFound: paragraph.claims.some((claim) => claim.end === end),
    };
  });
}

function bestOverlap(claims: readonly Claim[], start: number, end: number): Claim | undefined {
  let best: Claim | undefined;
  let bestLength = 0;
  for (const claim of claims) {
    const length = Math.min(end, claim.end) - Math.max(start, claim.start);
    if (length > bestLength) {
      best = claim;
      bestLength = length;
    }
  }
  return best;
}
