import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { ClaimKind } from "../../src/types.ts";
import { LABEL_STORE } from "./paths.ts";

/** A label's kind: one of the six claim kinds, or `none` for a sentence that is not a claim unit. */
export type LabelKind = ClaimKind | "none";

/** One pass's call on a sentence. */
export interface PassCall {
  readonly kind: LabelKind;
  readonly thesis: boolean;
  readonly note?: string;
}

/** One labelled sentence, placed by offsets and hash (never its text). */
export interface StoredLabel {
  /** The sentence's id when it was labelled (`p3.s2`). */
  readonly id: string;
  /** The paragraph's index (1-based) and the sentence's offsets in that paragraph, as labelled. */
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
  /** Offsets of the sentence in the source file (half-open), when it could be found there. */
  readonly source?: readonly [number, number];
  readonly hash: string;
  /** The label in force: the adjudicated call when there is one, else pass A's. */
  readonly kind: LabelKind;
  readonly thesis: boolean;
  readonly note?: string;
  /** The independent passes, kept for the agreement report (only on double-labelled essays). */
  readonly passA?: PassCall;
  readonly passB?: PassCall;
}

/** The labels of one corpus essay. */
export interface LabelFile {
  readonly file: string;
  readonly sha256: string;
  readonly genre: string;
  /** Which passes the labels come from. */
  readonly passes: readonly ("passA" | "passB" | "adjudicated")[];
  readonly labels: readonly StoredLabel[];
}

/** The store file for a corpus essay. */
export function storePath(file: string): string {
  return path.join(LABEL_STORE, `${file}.labels.json`);
}

/** Every label file in the store, sorted by essay file name. */
export function readStore(): LabelFile[] {
  return readdirSync(LABEL_STORE)
    .filter((name) => name.endsWith(".labels.json"))
    .sort()
    .map((name) => JSON.parse(readFileSync(path.join(LABEL_STORE, name), "utf8")) as LabelFile);
}

/** Writes one essay's labels, one label per line so diffs stay readable. */
export function writeLabelFile(labels: LabelFile): void {
  const { labels: rows, ...head } = labels;
  const body = rows.map((row) => `    ${JSON.stringify(row)}`).join(",\n");
  const json = JSON.stringify(head, null, 2).replace(/\n}$/, `,\n  "labels": [\n${body}\n  ]\n}\n`);
  writeFileSync(storePath(labels.file), json);
}
