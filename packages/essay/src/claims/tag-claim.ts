import type { ClaimKind } from "../types.ts";
import { CUE_RULES } from "./cue-rules.ts";

/** The kind a sentence gets and the cues that decided it. */
export interface Tagged {
  readonly kind: ClaimKind;
  readonly cues: readonly string[];
}

/** Tags one sentence with its claim kind: the first rule (in precedence order) whose cue it has. */
export function tagClaim(sentence: string): Tagged {
  for (const rule of CUE_RULES) {
    const match = rule.pattern.exec(sentence);
    if (match) return { kind: rule.kind, cues: [`${rule.label}:${(match[1] ?? match[0]).toLowerCase()}`] };
  }
  return { kind: "assessment", cues: ["default:assessment"] };
}
