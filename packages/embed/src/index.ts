export { reportHeight } from "./frame-reporter.ts";
export type { HeightMessage, ReadyMessage } from "./height-message.ts";
export { clampHeight, installHost, maxHeight, minHeight } from "./host-resizer.ts";
export type { ClaimKind, PassageClaim, PassageNote, PassageRecord, PassageSelector } from "./passage-record.ts";
export { claimKinds, isPassageRecord } from "./passage-record.ts";
export { defineScholiaPassage, ScholiaPassage } from "./scholia-passage.ts";
