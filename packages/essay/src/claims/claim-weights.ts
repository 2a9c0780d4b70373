import type { ClaimWeights } from "./claim-model.ts";
import weights from "./claim-weights.json" with { type: "json" };

/** The claim model's weights, trained on the labelled corpus by `scripts/train-claims.ts`. */
export const CLAIM_WEIGHTS = weights as unknown as ClaimWeights;
