import type { ClaimKind } from "../types.ts";

/** A cue: a pattern in a sentence that suggests a claim kind, and the label it leaves in `cues`. */
export interface CueRule {
  readonly kind: ClaimKind;
  readonly label: string;
  readonly pattern: RegExp;
}

/** General English cues per kind, in the precedence order of CLAIMS.md. */
export const CUE_RULES: readonly CueRule[] = [
  { kind: "recommendation", label: "modal", pattern: /\b(should|must|ought to|needs? to|have to|has to)\b/i },
  {
    kind: "recommendation",
    label: "prescriptive",
    pattern: /\b(it is (?:time|necessary|essential|imperative|vital) to)\b/i,
  },
  {
    kind: "prediction",
    label: "future",
    pattern: /\b(will|won[’']t|is likely to|are likely to|is bound to|eventually)\b/i,
  },
  { kind: "evidence", label: "number", pattern: /\b(\d[\d,.]*%?|(?:19|20)\d\d)\b/ },
  {
    kind: "attribution",
    label: "reporting-verb",
    pattern: /\b(said|says|told|claims?|believes?|fears?|insists?|argues?|worries|sees)\b/i,
  },
  {
    kind: "concession",
    label: "concessive",
    pattern: /\b(it is possible that|admittedly|to be sure|of course|granted)\b/i,
  },
];
