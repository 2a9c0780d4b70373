import type { BlockBody, BlockType, Diagnostic, InlineMark, ListInfo, Section } from "./types.ts";

/**
 * A block of the essay's body as read from its source, before sentence splitting; its marks'
 * footnote references carry the source's label until the footnotes are numbered.
 */
export type Block = BlockBody;

/** A section heading inside the body (see the essay model's `sections`). */
export type SectionBreak = Section;

/** A footnote's body as read from its source, keyed by its label. */
export interface FootnoteDefinition {
  readonly label: string;
  /** How a reference to it is written in the source, for messages; `[^label]` (Markdown) when absent. */
  readonly marker?: string;
  /**
   * True for a note of an older printed text, numbered without brackets: one that no number in
   * the text points to is expected there (the mark was lost in printing or transcription), so it
   * is reported for the editor (severity "info"), not shown to readers as a warning.
   */
  readonly bare?: boolean;
  readonly text: string;
  readonly marks: readonly InlineMark[];
  readonly line: number;
}

/** What a format reader returns: the headline, the body's blocks, its section breaks and footnotes. */
export interface ReadBody {
  readonly title?: string | undefined;
  readonly subtitle?: string | undefined;
  readonly titleLine?: number | undefined;
  readonly blocks: readonly Block[];
  readonly sections: readonly SectionBreak[];
  /** Footnote bodies by label (Markdown `[^x]` definitions, plain-text `[1]` endnotes). */
  readonly footnotes?: ReadonlyMap<string, FootnoteDefinition>;
  /** What the reader set aside or could not place. */
  readonly diagnostics?: readonly Diagnostic[];
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

/** The block type prose takes in its context: a list item, a quote, or a plain paragraph. */
export function proseType(context: BlockContext): BlockType {
  if (context.list) return "list-item";
  return context.quoteDepth > 0 ? "quote" : "paragraph";
}

/** Where a block sits: inside how many quotes, and in which list item. */
export interface BlockContext {
  readonly quoteDepth: number;
  readonly list?: ListInfo | undefined;
}

/** The top level of the body: no quote, no list. */
export const TOP_LEVEL: BlockContext = { quoteDepth: 0 };

/** The context fields a block carries (`quoteDepth`, `list`), left out when unset. */
export function contextFields(context: BlockContext): Pick<Block, "quoteDepth" | "list"> {
  return {
    ...(context.quoteDepth > 0 && { quoteDepth: context.quoteDepth }),
    ...(context.list && { list: context.list }),
  };
}

const SCENE_BREAK = /^(?:(?:[*#=~_•·-]|\\\*)\s*){3,}$|^[⁂※]$/u;

/** True for a line of only asterisks, dashes or the like (`* * *`, `***`, `⁂`): a thematic break. */
export function isSceneBreak(text: string): boolean {
  return SCENE_BREAK.test(text.trim());
}

/** True when two texts have the same words, ignoring case and punctuation (a title repeated as the first paragraph). */
export function sameWords(a: string, b: string): boolean {
  const words = (text: string) =>
    text
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu)
      ?.join(" ") ?? "";
  return words(a) !== "" && words(a) === words(b);
}
