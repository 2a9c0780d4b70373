import type { Paragraph, Section } from "@scholia/essay";

/** A section heading or thematic break of the body, with the HTML heading level it renders at (0 for a break). */
export interface SectionBlock {
  readonly kind: "section";
  readonly section: Section;
  /** 2–6 (the essay's title is the page's only h1), or 0 for a thematic break. */
  readonly level: number;
}

/** One body paragraph rendered as its own passage; a list item holds the lists nested in it. */
export interface ParagraphBlock {
  readonly kind: "paragraph";
  readonly paragraph: Paragraph;
  readonly children: readonly BodyBlock[];
}

/** Consecutive items of one list. */
export interface ListBlock {
  readonly kind: "list";
  readonly ordered: boolean;
  /** The first item's number, for `<ol start>` (ordered lists only). */
  readonly start?: number;
  readonly items: readonly ParagraphBlock[];
}

/** Consecutive blocks inside a block quote of one depth (deeper quotes nest inside). */
export interface QuoteBlock {
  readonly kind: "quote";
  readonly depth: number;
  readonly blocks: readonly BodyBlock[];
}

/** One block of the body as it renders: the tree the reading page walks. */
export type BodyBlock = SectionBlock | ParagraphBlock | ListBlock | QuoteBlock;

/** How deep in block quotes a paragraph sits: its `quoteDepth`, or 1 for a quote of a model without depths. */
export const quoteDepthOf = (paragraph: Paragraph): number =>
  paragraph.quoteDepth ?? (paragraph.type === "quote" ? 1 : 0);

interface OpenList {
  readonly depth: number;
  readonly id: string;
  readonly items: ParagraphBlock[];
}

function groupLists(paragraphs: readonly Paragraph[]): BodyBlock[] {
  const out: BodyBlock[] = [];
  let open: OpenList[] = [];
  for (const paragraph of paragraphs) {
    const list = paragraph.type === "list-item" ? paragraph.list : undefined;
    const block: ParagraphBlock = { kind: "paragraph", paragraph, children: [] };
    if (!list) {
      open = [];
      out.push(block);
      continue;
    }
    while (open.length > 0) {
      const top = open.at(-1) as OpenList;
      if (top.depth > list.depth || (top.depth === list.depth && top.id !== list.list)) open.pop();
      else break;
    }
    const top = open.at(-1);
    if (top && top.depth === list.depth) {
      top.items.push(block);
      continue;
    }
    const items: ParagraphBlock[] = [block];
    const group: ListBlock = {
      kind: "list",
      ordered: list.ordered,
      ...(list.ordered && list.number !== undefined && { start: list.number }),
      items,
    };
    const parent = top?.items.at(-1);
    if (parent) (parent.children as BodyBlock[]).push(group);
    else out.push(group);
    open.push({ depth: list.depth, id: list.list, items });
  }
  return out;
}

function groupQuotes(paragraphs: readonly Paragraph[], depth: number): BodyBlock[] {
  const out: BodyBlock[] = [];
  let plain: Paragraph[] = [];
  let quoted: Paragraph[] = [];
  const flush = () => {
    if (plain.length > 0) out.push(...groupLists(plain));
    if (quoted.length > 0) out.push({ kind: "quote", depth: depth + 1, blocks: groupQuotes(quoted, depth + 1) });
    plain = [];
    quoted = [];
  };
  for (const paragraph of paragraphs) {
    if (quoteDepthOf(paragraph) > depth) {
      if (plain.length > 0) flush();
      quoted.push(paragraph);
    } else {
      if (quoted.length > 0) flush();
      plain.push(paragraph);
    }
  }
  flush();
  return out;
}

/** The HTML level of each section: the shallowest heading of the essay is h2, deeper ones follow, at most h6. */
export function headingLevel(section: Section, sections: readonly Section[]): number {
  if (!section.title) return 0;
  const depths = sections.filter((each) => each.title).map((each) => each.depth ?? 2);
  const top = Math.min(...depths);
  return Math.min(6, 2 + Math.max(0, (section.depth ?? 2) - top));
}

/**
 * Arranges an essay's body as it renders: section headings (and thematic breaks) at their places,
 * consecutive quoted paragraphs in block quotes nested by depth, consecutive items of one list in
 * one list, with lists nested in the item before them. Every paragraph appears exactly once, in order.
 */
export function bodyBlocks(paragraphs: readonly Paragraph[], sections: readonly Section[]): BodyBlock[] {
  const ordered = [...sections].sort((a, b) => a.before - b.before || a.line - b.line);
  const out: BodyBlock[] = [];
  let run: Paragraph[] = [];
  let next = 0;
  const flush = () => {
    if (run.length > 0) out.push(...groupQuotes(run, 0));
    run = [];
  };
  for (const paragraph of paragraphs) {
    while (next < ordered.length && (ordered[next] as Section).before <= paragraph.index) {
      flush();
      const section = ordered[next++] as Section;
      out.push({ kind: "section", section, level: headingLevel(section, sections) });
    }
    run.push(paragraph);
  }
  flush();
  for (; next < ordered.length; next++) {
    const section = ordered[next] as Section;
    out.push({ kind: "section", section, level: headingLevel(section, sections) });
  }
  return out;
}

/** A single paragraph in the containers it needs on its own (passage and iframe pages): its list, its quotes. */
export function soloBlocks(paragraph: Paragraph): BodyBlock[] {
  return bodyBlocks([paragraph], []);
}
