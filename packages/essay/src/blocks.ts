import type { BlockType, Section } from "./types.ts";

/** A block of the essay's body as read from its source, before sentence splitting. */
export interface Block {
  readonly type: BlockType;
  /** The block's text, whitespace runs folded to one space. */
  readonly text: string;
  /** 1-based line in the source file where the block starts. */
  readonly line: number;
}

/** A section heading inside the body (see the essay model's `sections`). */
export type SectionBreak = Section;

/** What a format reader returns: the headline, the body's blocks and its section breaks. */
export interface ReadBody {
  readonly title?: string | undefined;
  readonly subtitle?: string | undefined;
  readonly titleLine?: number | undefined;
  readonly blocks: readonly Block[];
  readonly sections: readonly SectionBreak[];
}

/** Folds every run of ASCII whitespace (spaces, tabs, line breaks) into one space, and trims. */
export function foldWhitespace(text: string): string {
  return text.replace(/[ \t\n\f\r]+/g, " ").trim();
}

const FINAL_PUNCTUATION = /[.!?:;,…]["'”’»)\]]*$/u;
const SUBTITLE_MAX = 200;

/** True when `text` reads like a dek: short, one line, and without final punctuation. */
export function looksLikeSubtitle(text: string): boolean {
  return text.length > 0 && text.length <= SUBTITLE_MAX && !FINAL_PUNCTUATION.test(text);
}

/** True when `text` reads like a headline rather than a paragraph of prose. */
export function looksLikeTitle(text: string): boolean {
  const words = text.split(" ").length;
  return words <= 30 || !FINAL_PUNCTUATION.test(text);
}
