import type { ClaimKind } from "../types.ts";
import { centrality } from "./centrality.ts";

/** What the thesis finder needs to know of a claim. */
export interface ThesisCandidate {
  readonly kind: ClaimKind;
  readonly cues: readonly string[];
  readonly text: string;
  /** The sentence's lower-case tokens. */
  readonly words: readonly string[];
  readonly paragraphIndex: number;
  readonly paragraphCount: number;
}

const EXPLICIT =
  /\b(?:(?:i|we) (?:will |shall |would )?(?:argue|contend|maintain|propose|submit)|this (?:essay|article|paper|piece|post) (?:argues|will argue|contends|shows|will show|proposes)|my (?:argument|claim|thesis|contention) is|the (?:central|main|key) (?:argument|point|claim) (?:here )?is)\b/i;
const CONCLUDING = /^(?:therefore|thus|hence|so|in short|in sum|ultimately|in the end|the answer)\b/i;
const GENERAL_SUBJECT = /\b(?:all|both|every|everyone|we|all parties|the world|each side)\b/i;
const SHORTLIST = 24;

/**
 * Picks the indexes of the 1–3 claims that most likely state the essay's central proposition:
 * explicit thesis statements first, then prescriptions early in the essay that use its recurring words.
 */
export function findTheses(claims: readonly ThesisCandidate[]): Set<number> {
  const shortlist = claims
    .map((claim, i) => ({ i, score: thesisScore(claim) }))
    .filter((entry) => entry.score > 0)
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .slice(0, SHORTLIST);
  const central = centrality(
    claims.map((claim) => ({ words: claim.words, paragraph: claim.paragraphIndex })),
    shortlist.map((entry) => entry.i),
  );
  const scored = shortlist
    .map((entry) => ({ i: entry.i, score: entry.score + 2 * (central.get(entry.i) ?? 0) }))
    .sort((a, b) => b.score - a.score || a.i - b.i);
  const best = scored[0];
  if (!best) return new Set();
  return new Set(
    scored
      .slice(0, 3)
      .filter((entry, rank) => rank === 0 || entry.score >= best.score * 0.9)
      .map((entry) => entry.i),
  );
}

function thesisScore(claim: ThesisCandidate): number {
  const position = claim.paragraphIndex / Math.max(claim.paragraphCount, 1);
  const early = position <= 0.3;
  const last = claim.paragraphIndex === claim.paragraphCount;
  const explicit = EXPLICIT.test(claim.text);
  let score = kindWeight(claim);
  if (explicit) score += 5;
  if (claim.cues.some((cue) => cue.startsWith("steering:"))) score -= 2;
  if (CONCLUDING.test(claim.text.trimStart())) score += 1;
  if (GENERAL_SUBJECT.test(claim.text)) score += 0.5;
  // Theses sit early (after the opening scene-setting) or are restated in the last paragraph.
  if (early) score += 2 * (1 - position / 0.3) + 0.5;
  else if (last) score += 0.5;
  return score;
}

function kindWeight(claim: ThesisCandidate): number {
  if (claim.kind === "recommendation") {
    const cue = claim.cues.find((entry) => !entry.startsWith("steering:")) ?? "";
    return cue.startsWith("modal:") || cue.startsWith("prescriptive:") ? 3 : 2;
  }
  if (claim.kind === "assessment" || claim.kind === "prediction") return 1;
  return 0.1;
}
