import { type BlockContext, contextFields } from "../blocks.ts";
import type { MarkedText } from "../inline/text-builder.ts";
import type { BlockType, FigureInfo, TableInfo } from "../types.ts";
import type { Collector } from "./collector.ts";

/** Adds a prose block (analysed), unless it has no text. */
export function pushProse(
  collector: Collector,
  type: BlockType,
  content: MarkedText,
  line: number,
  context: BlockContext,
): void {
  if (content.text === "") return;
  collector.blocks.push({
    type,
    text: content.text,
    line,
    analysed: true,
    marks: content.marks,
    ...contextFields(context),
  });
}

/** Adds a table block: not analysed; its text is the cells, ` | ` between cells and a line break between rows. */
export function pushTable(collector: Collector, table: TableInfo, line: number, context: BlockContext): void {
  const text = table.rows.map((row) => row.map((cell) => cell.text).join(" | ")).join("\n");
  if (text.replace(/[|\s]/g, "") === "") return;
  collector.blocks.push({ type: "table", text, line, analysed: false, marks: [], ...contextFields(context), table });
}

/** Adds a figure block: not analysed; its text is the alt text and the caption. A missing alt text is noted for one diagnostic. */
export function pushFigure(collector: Collector, figure: FigureInfo, line: number, context: BlockContext): void {
  const text = [figure.alt, figure.caption].filter((part) => part !== undefined && part !== "").join(" ");
  if (figure.alt.trim() === "") collector.missingAlt.push({ src: figure.src, line });
  collector.blocks.push({ type: "figure", text, line, analysed: false, marks: [], ...contextFields(context), figure });
}
