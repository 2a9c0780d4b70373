import type { Paragraph, TableCell } from "@scholia/essay";

/**
 * A short preview of a block, in words a reader can take in at a glance: prose opens with its first words; a table,
 * a figure or a code block, which have no opening words of prose, say what they are and show what names them (a
 * table's header cells, a figure's caption or alt text, a code block's language and first line). Never any markup.
 */
export interface BlockPreview {
  /** What the block is, when it is not prose: "Table", "Figure", "Code (python)". */
  readonly label?: string;
  /** The words shown (may be empty for a figure with neither caption nor alt text). */
  readonly text: string;
  /** True when `text` is source code, to be shown in a monospace face. */
  readonly code: boolean;
}

/** How many words a preview of prose shows before it is cut with "…". */
export const PREVIEW_WORDS = 8;

/** How many characters of a code block's first line a preview shows. */
const CODE_CHARS = 60;

const squash = (text: string): string => text.replace(/\s+/g, " ").trim();

/** The first `words` words of the text, with "…" when there were more. */
export function openingWords(text: string, words = PREVIEW_WORDS): string {
  const all = squash(text).split(" ").filter(Boolean);
  return all.length > words ? `${all.slice(0, words).join(" ")}…` : all.join(" ");
}

const cellsInWords = (cells: readonly TableCell[]): string[] =>
  cells.map((cell) => squash(cell.text)).filter((text) => text !== "");

/** A table's preview: its header cells (or, without a header, its first row's cells), as a list. */
function tablePreview(rows: readonly (readonly TableCell[])[], words: number): BlockPreview {
  const names = cellsInWords(rows[0] ?? []);
  return { label: "Table", text: openingWords(names.join(", "), words), code: false };
}

/** A code block's first non-blank line, cut at a word near `CODE_CHARS` characters. */
function firstLine(value: string): string {
  const line =
    value
      .split(/\r?\n/)
      .find((each) => each.trim() !== "")
      ?.trim() ?? "";
  return line.length > CODE_CHARS ? `${line.slice(0, CODE_CHARS).trimEnd()}…` : line;
}

/** The preview of a block; `words` bounds the prose (and a table's header) shown. */
export function blockPreview(paragraph: Paragraph, words = PREVIEW_WORDS): BlockPreview {
  if (paragraph.table) return tablePreview(paragraph.table.rows, words);
  if (paragraph.figure) {
    const { caption, alt } = paragraph.figure;
    const text = caption !== undefined && caption.trim() !== "" ? caption : alt;
    return { label: "Figure", text: openingWords(text, words), code: false };
  }
  if (paragraph.code) {
    const lang = paragraph.code.lang?.trim();
    return { label: lang ? `Code (${lang})` : "Code", text: firstLine(paragraph.code.value), code: true };
  }
  return { text: openingWords(paragraph.text, words), code: false };
}

/** The preview as one line of plain text ("Table: Month, High water (m)"), for attributes and meta descriptions. */
export function previewLine(preview: BlockPreview): string {
  if (preview.label === undefined) return preview.text;
  return preview.text === "" ? preview.label : `${preview.label}: ${preview.text}`;
}

/**
 * The block's words as readable plain text, for search and descriptions: prose as it is; a table's cells with a
 * comma between cells and a semicolon between rows (never pipes); a figure's alt text and caption; code as written.
 */
export function blockPlainText(paragraph: Paragraph): string {
  if (paragraph.table)
    return paragraph.table.rows
      .map((row) => cellsInWords(row).join(", "))
      .filter((row) => row !== "")
      .join("; ");
  return paragraph.text;
}
