import type { ClaimKind } from "../types.ts";
import { attributionCues } from "./attribution.ts";
import { concessionCues } from "./concession.ts";
import { evidenceCues } from "./evidence.ts";
import { predictionCues } from "./prediction.ts";
import { recommendationCues } from "./recommendation.ts";
import { type SentenceView, viewSentence } from "./sentence-view.ts";

/** The kind a sentence gets and the cues that decided it. */
export interface Tagged {
  readonly kind: ClaimKind;
  readonly cues: readonly string[];
}

/** What the tagger knows of a sentence's block: list items lean towards commands. */
export interface TagContext {
  readonly listItem?: boolean;
}

type Detector = (view: SentenceView, context: TagContext) => string[];

// CLAIMS.md's precedence: the first kind whose cues the sentence has wins.
const DETECTORS: readonly [ClaimKind, Detector][] = [
  ["recommendation", (view, context) => recommendationCues(view, context.listItem === true)],
  ["prediction", predictionCues],
  ["evidence", evidenceCues],
  ["attribution", attributionCues],
  ["concession", concessionCues],
];

/** Tags one sentence, judged on its own, with its claim kind and the cues that decided it. */
export function tagClaim(sentence: string): Tagged {
  return tagView(viewSentence(sentence));
}

/** Tags a prepared sentence view; see {@link tagClaim}. */
export function tagView(view: SentenceView, context: TagContext = {}): Tagged {
  const steering = view.steering ? [`steering:${view.steering}`] : [];
  // A question asks rather than prescribes or forecasts ("What should the council do?").
  const question = view.tokens[view.tokens.length - 1]?.lower === "?";
  for (const [kind, detect] of DETECTORS) {
    if (question && (kind === "recommendation" || kind === "prediction")) continue;
    const cues = detect(view, context);
    if (cues.length === 0) continue;
    if (kind === "recommendation" && cues[0]?.startsWith("imperative:") && hasConsequence(view)) {
      return { kind: "prediction", cues: [...steering, ...cues, "consequence:and … will"] };
    }
    return { kind, cues: [...steering, ...cues] };
  }
  return { kind: "assessment", cues: [...steering, "default:assessment"] };
}

// "Do X, and Y will follow": a command that states a consequence forecasts.
function hasConsequence(view: SentenceView): boolean {
  return (
    /\band (?:[\w']+ ){1,6}?(?:will|'ll|would)\b/.test(view.lead) || /\band (?:[\w']+ ){1,3}?follows?\b/.test(view.lead)
  );
}
