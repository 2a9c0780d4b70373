import type { PassageBlock, PassageMark } from "@scholia/embed";
import type { InlineMark, Paragraph } from "@scholia/essay";
import { safeImageSrc, safeLink } from "./safe-urls.ts";

/** A paragraph's marks for consumers: links absolute against the reading page, unsafe links left out (their words stay). */
export function passageMarks(marks: readonly InlineMark[], reading: string): PassageMark[] {
  return marks.flatMap((mark): PassageMark[] => {
    if (mark.type !== "link") return [{ ...mark }];
    const link = safeLink(mark.href, reading);
    if (!link) return [];
    return [
      {
        type: "link",
        start: mark.start,
        end: mark.end,
        href: new URL(link.href, reading).href,
        ...(mark.title !== undefined && { title: mark.title }),
      },
    ];
  });
}

/** The structured form of a passage: its block type, marks and (for lists, code, tables, figures) what else it needs. */
export function passageBlock(paragraph: Paragraph, reading: string): PassageBlock {
  const { list, code, table, figure } = paragraph;
  const src = figure && safeImageSrc(figure.src, reading);
  return {
    type: paragraph.type,
    marks: passageMarks(paragraph.marks ?? [], reading),
    ...(paragraph.quoteDepth !== undefined && { quoteDepth: paragraph.quoteDepth }),
    ...(list && {
      list: { ordered: list.ordered, ...(list.number !== undefined && { number: list.number }), depth: list.depth },
    }),
    ...(code && { code: code.lang ? { lang: code.lang } : {} }),
    ...(table && {
      table: {
        align: [...table.align],
        header: table.header,
        rows: table.rows.map((row) =>
          row.map((cell) => ({ text: cell.text, marks: passageMarks(cell.marks, reading) })),
        ),
      },
    }),
    ...(figure && {
      figure: {
        ...(src !== undefined && { src: new URL(src, reading).href }),
        alt: figure.alt,
        ...(figure.title !== undefined && { title: figure.title }),
        ...(figure.caption !== undefined && { caption: figure.caption }),
      },
    }),
  };
}
