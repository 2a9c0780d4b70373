import type { Block, FootnoteDefinition, SectionBreak } from "./blocks.ts";
import { paragraphId } from "./ids.ts";
import type { Diagnostic, Footnote, InlineMark } from "./types.ts";

/** Blocks and sections whose footnote references point at numbered footnotes, and those footnotes. */
export interface NumberedFootnotes {
  readonly blocks: Block[];
  readonly sections: SectionBreak[];
  readonly footnotes: Footnote[];
  readonly diagnostics: Diagnostic[];
}

/**
 * Numbers the footnotes `fn1`, `fn2`… in order of first reference and points every reference
 * mark at its footnote. A reference with no definition and a definition never referenced are
 * each reported (the reference mark is dropped; the unused note's words are quoted).
 */
export function numberFootnotes(
  blocks: readonly Block[],
  sections: readonly SectionBreak[],
  definitions: ReadonlyMap<string, FootnoteDefinition> | undefined,
  file?: string,
): NumberedFootnotes {
  const hasRefs = (marks: readonly InlineMark[]) => marks.some((mark) => mark.type === "footnote-ref");
  if (!definitions?.size && !blocks.some((block) => hasRefs(block.marks) || block.table)) {
    if (!sections.some((section) => section.marks && hasRefs(section.marks))) {
      return { blocks: [...blocks], sections: [...sections], footnotes: [], diagnostics: [] };
    }
  }
  const ids = new Map<string, string>();
  const footnotes: Footnote[] = [];
  const diagnostics: Diagnostic[] = [];
  const where = (line: number) => ({ ...(file !== undefined && { file }), line });
  const undefinedSeen = new Set<string>();
  const resolve = (marks: readonly InlineMark[], index: number, line: number): InlineMark[] => {
    const out: InlineMark[] = [];
    for (const mark of marks) {
      if (mark.type !== "footnote-ref") {
        out.push(mark);
        continue;
      }
      const definition = definitions?.get(mark.footnote);
      if (!definition) {
        if (!undefinedSeen.has(mark.footnote)) {
          undefinedSeen.add(mark.footnote);
          diagnostics.push({
            severity: "warning",
            code: "footnote-undefined",
            message: `The footnote reference [^${mark.footnote}] has no definition, so it is left out. Add a line "[^${mark.footnote}]: …" with the note.`,
            where: where(line),
          });
        }
        continue;
      }
      let id = ids.get(mark.footnote);
      if (id === undefined) {
        id = `fn${ids.size + 1}`;
        ids.set(mark.footnote, id);
        footnotes.push({
          id,
          label: definition.label,
          paragraphId: paragraphId(Math.max(1, Math.min(index + 1, blocks.length))),
          offset: mark.start,
          text: definition.text,
          marks: definition.marks,
          line: definition.line,
        });
      }
      out.push({ ...mark, footnote: id });
    }
    return out;
  };
  const order = [
    ...blocks.map((block, i) => ({ line: block.line, kind: "block" as const, i })),
    ...sections.map((section, i) => ({ line: section.line, kind: "section" as const, i })),
  ].sort((a, b) => a.line - b.line);
  const newBlocks = [...blocks];
  const newSections = [...sections];
  for (const entry of order) {
    if (entry.kind === "block") {
      const block = blocks[entry.i] as Block;
      if (!block.marks.some((mark) => mark.type === "footnote-ref") && !block.table) continue;
      newBlocks[entry.i] = {
        ...block,
        marks: resolve(block.marks, entry.i, block.line),
        ...(block.table && {
          table: {
            ...block.table,
            rows: block.table.rows.map((row) =>
              row.map((cell) => ({ ...cell, marks: resolve(cell.marks, entry.i, block.line) })),
            ),
          },
        }),
      };
    } else {
      const section = sections[entry.i] as SectionBreak;
      if (!section.marks?.some((mark) => mark.type === "footnote-ref")) continue;
      newSections[entry.i] = { ...section, marks: resolve(section.marks, section.before - 1, section.line) };
    }
  }
  // References inside footnotes point at footnotes too.
  footnotes.forEach((footnote, i) => {
    if (!footnote.marks.some((mark) => mark.type === "footnote-ref")) return;
    const index = Number(footnote.paragraphId.slice(1)) - 1;
    footnotes[i] = { ...footnote, marks: resolve(footnote.marks, index, footnote.line) };
  });
  for (const [key, definition] of definitions ?? []) {
    if (ids.has(key)) continue;
    const words = definition.text.split(" ").slice(0, 12).join(" ");
    const quoted = `"${words}${definition.text.length > words.length ? "…" : ""}"`;
    const marker = definition.marker ?? `[^${definition.label}]`;
    diagnostics.push(
      definition.bare
        ? {
            severity: "info",
            code: "footnote-unused",
            message: `Note ${marker} (${quoted}) is not marked anywhere in the text, so it is left out of the edition. To show it, set ${marker} right after the word it annotates ("word${marker}").`,
            where: where(definition.line),
          }
        : {
            severity: "warning",
            code: "footnote-unused",
            message: `The footnote ${marker} is never referenced, so it is not shown: ${quoted}. Reference it with ${marker} or remove it.`,
            where: where(definition.line),
          },
    );
  }
  return { blocks: newBlocks, sections: newSections, footnotes, diagnostics };
}
