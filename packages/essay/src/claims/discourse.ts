import type { BlockType } from "../types.ts";
import type { Tagged } from "./tag-claim.ts";

/** A tagged sentence with what the discourse rules need to know of it and its neighbours. */
export interface InContext {
  readonly tagged: Tagged;
  readonly text: string;
  readonly blockType: BlockType | undefined;
}

const TURN = /^(?:but|yet|however|still|nevertheless|nonetheless|even so|that said|and yet)\b/i;
const HEDGED = /\b(?:may|might)\s+(?:well\s+)?(?:be|have)\b/i;
const ELABORATES = /^(?:(?:and|so)\s+)?(?:[\p{L} ,]{0,60},\s*)?(?:that|this)\s+means\b/iu;

/**
 * Adjusts kinds that depend on neighbouring sentences: a hedged grant before a turn is a
 * concession; "that means…" after a recommendation spells it out; a quoted block reports.
 */
export function applyDiscourse(sentences: readonly InContext[]): Tagged[] {
  return sentences.map((entry, i) => {
    const { tagged } = entry;
    if (tagged.kind !== "assessment") return tagged;
    const next = sentences[i + 1];
    const previous = sentences[i - 1];
    if (next && HEDGED.test(entry.text) && TURN.test(next.text.trimStart())) {
      return { kind: "concession", cues: ["concessive:hedge before a turn"] };
    }
    if (previous?.tagged.kind === "recommendation" && ELABORATES.test(entry.text)) {
      return { kind: "recommendation", cues: ["context:spells out the recommendation before it"] };
    }
    if (entry.blockType === "quote") return { kind: "attribution", cues: ["quotation:block quote"] };
    return tagged;
  });
}
