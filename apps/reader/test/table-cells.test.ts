import type { Paragraph, TableCell } from "@scholia/essay";
import { expect, test } from "vitest";
import { editionNotes } from "../src/lib/edition-notes.ts";
import type { Inline } from "../src/lib/paragraph-segments.ts";
import { tableCells } from "../src/lib/table-cells.ts";
import { essayOf, para, pid } from "./blocks-fixtures.ts";

const cell = (text: string, footnote?: string): TableCell => ({
  text,
  marks: footnote ? [{ type: "footnote-ref", start: text.length, end: text.length, footnote }] : [],
});

// Notes as {n} for a numbered first reference, {n'} for a number that opens a note shown elsewhere.
const show = (nodes: readonly Inline[]): string =>
  nodes
    .map((node) => {
      if (node.type === "text") return node.text;
      if (node.type === "note") return `{${node.note.number}${node.first ? "" : "'"}}`;
      return "?";
    })
    .join("");

test("numbers each footnote once, at its first reference in the table, and lists which", () => {
  const prose = para(1, "Two kilns were fired.", {
    marks: [{ type: "footnote-ref", start: 21, end: 21, footnote: "fn1" }],
  });
  const rows = [
    [cell("Kiln"), cell("Pots")],
    [cell("North", "fn1"), cell("38", "fn2")],
    [cell("South", "fn2"), cell("21")],
  ];
  const table: Paragraph = para(2, "", {
    type: "table",
    analysed: false,
    sentences: [],
    claims: [],
    table: { align: [null, "right"], header: true, rows },
  });
  const footnote = (id: string, paragraph: number, text: string) => ({
    id,
    label: id,
    paragraphId: pid(paragraph),
    offset: 0,
    text,
    marks: [],
    line: 1,
  });
  const notes = editionNotes(
    essayOf([prose, table], { footnotes: [footnote("fn1", 1, "Fired twice."), footnote("fn2", 2, "Some cracked.")] }),
  );
  const block = notes.byParagraph.get(pid(2)) ?? [];
  if (!table.table) throw new Error("the table block has no table");
  const cells = tableCells(table.table, block, notes.footnotes);
  expect(cells.rows.map((row) => row.map(show))).toEqual([
    ["Kiln", "Pots"],
    // fn1 was first referenced in prose before the table: a number that opens it; fn2 is numbered at its first cell.
    ["North{1'}", "38{2}"],
    ["South{2'}", "21"],
  ]);
  expect([...cells.numberedInCells]).toEqual(["fn2"]);
});
