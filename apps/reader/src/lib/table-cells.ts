import type { TableInfo } from "@scholia/essay";
import type { EditionNote } from "./edition-notes.ts";
import { type Inline, inlineNodes } from "./paragraph-segments.ts";

/** A table's cells as inline nodes, and which of the block's notes have their number in a cell. */
export interface TableCells {
  /** The rows, each a list of cells' inline nodes, in the table's order (header row first when it has one). */
  readonly rows: readonly (readonly (readonly Inline[])[])[];
  /**
   * The ids of the block's footnotes whose first reference is in a cell: the cell shows their number (the reference a reader
   * follows, `first: true`), so the note after the table shows its body without the number again.
   */
  readonly numberedInCells: ReadonlySet<string>;
}

/** Marks a note node as the first reference of a note of the block, once per note; other nodes are kept as they are. */
function placeFirst(nodes: readonly Inline[], block: readonly EditionNote[], placed: Set<string>): Inline[] {
  return nodes.map((node) => {
    if (node.type === "note") {
      const id = node.note.id;
      if (placed.has(id) || !block.some((note) => note.id === id)) return { ...node, first: false };
      placed.add(id);
      return { ...node, first: true };
    }
    if (node.type === "text" || node.type === "break") return node;
    return { ...node, children: placeFirst(node.children, block, placed) };
  });
}

/**
 * A table's cells with their footnote references: the first reference (in reading order: row by row, cell by cell)
 * of each footnote of the block is its numbered reference; later ones, and references to footnotes shown earlier
 * in the essay, are numbers that open it. A table cannot hold a note's body (it scrolls, and the margin is outside
 * it), so the page shows the bodies after the table, each once, without a second number.
 */
export function tableCells(
  table: TableInfo,
  blockNotes: readonly EditionNote[],
  footnotes?: ReadonlyMap<string, EditionNote>,
): TableCells {
  const placed = new Set<string>();
  const rows = table.rows.map((row) =>
    row.map((cell) => placeFirst(inlineNodes(cell.text, cell.marks, footnotes), blockNotes, placed)),
  );
  return { rows, numberedInCells: placed };
}
