export { reportHeight } from "./frame-reporter.ts";
export type { HeightMessage, ReadyMessage } from "./height-message.ts";
export { clampHeight, installHost, maxHeight, minHeight } from "./host-resizer.ts";
export type {
  ClaimKind,
  PassageBlock,
  PassageCell,
  PassageClaim,
  PassageFootnoteMark,
  PassageLinkMark,
  PassageMark,
  PassageNote,
  PassageRecord,
  PassageSelector,
  PassageSpanMark,
} from "./passage-record.ts";
export { CLAIM_KINDS, isPassageRecord } from "./passage-record.ts";
export { defineScholiaPassage, ScholiaPassage } from "./scholia-passage.ts";
