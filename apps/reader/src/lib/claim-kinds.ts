import type { ClaimKind } from "@scholia/essay";

/** How the reader presents a claim kind: its label and a short description for the legend. */
export interface KindStyle {
  readonly label: string;
  readonly description: string;
}

/** Labels and legend text per claim kind (colours and line styles live in claims.css). */
export const KIND_STYLES: Readonly<Record<ClaimKind, KindStyle>> = {
  recommendation: { label: "Recommendation", description: "says what someone ought to do" },
  prediction: { label: "Prediction", description: "says what will or would happen" },
  evidence: { label: "Evidence", description: "reports a checkable fact, figure or date" },
  attribution: { label: "Attribution", description: "reports what another party says or believes" },
  concession: { label: "Concession", description: "grants a point against the author's line" },
  assessment: { label: "Assessment", description: "states the author's own judgement" },
};
