import type { ClaimKind } from "../types.ts";
import { type ClaimWeights, classify } from "./claim-model.ts";
import { CLAIM_WEIGHTS } from "./claim-weights.ts";
import { sentenceFeatures } from "./features.ts";
import { viewSentence } from "./sentence-view.ts";

/** The kind a sentence gets and the cues that decided it. */
export interface Tagged {
  readonly kind: ClaimKind;
  readonly cues: readonly string[];
}

/** Tags one sentence, judged on its own (no neighbours, no position), with its claim kind and cues. */
export function tagClaim(sentence: string, model: ClaimWeights = CLAIM_WEIGHTS): Tagged {
  const { kind, cues } = classify(sentenceFeatures(viewSentence(sentence)), model);
  return { kind, cues };
}
