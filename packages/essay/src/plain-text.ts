import { type Block, foldWhitespace, looksLikeSubtitle, looksLikeTitle, type ReadBody } from "./blocks.ts";

interface RawBlock {
  readonly lines: readonly string[];
  readonly line: number;
}

/**
 * Reads a plain-text body. With blank lines between paragraphs, each run of lines is one
 * paragraph (hard-wrapped lines are joined); without them, each line is a paragraph.
 */
export function readPlainText(body: string, firstLine: number, hasTitle: boolean): ReadBody {
  const raw = splitRawBlocks(body, firstLine);
  const blocks: Block[] = raw.map((block) => ({
    type: "paragraph",
    text: foldWhitespace(block.lines.join(" ")),
    line: block.line,
    analysed: true,
    marks: [],
  }));
  if (hasTitle) return { blocks, sections: [] };
  const [first, second] = blocks;
  if (!first || !looksLikeTitle(first.text)) return { blocks, sections: [] };
  const hasSubtitle = second !== undefined && blocks.length > 2 && looksLikeSubtitle(second.text);
  return {
    title: first.text,
    titleLine: first.line,
    subtitle: hasSubtitle ? second.text : undefined,
    blocks: blocks.slice(hasSubtitle ? 2 : 1),
    sections: [],
  };
}

function splitRawBlocks(body: string, firstLine: number): RawBlock[] {
  const lines = body.split("\n");
  const separated = lines.some((line, i) => isBlank(line) && i > 0 && i < lines.length - 1);
  const blocks: RawBlock[] = [];
  let current: string[] = [];
  let start = firstLine;
  lines.forEach((line, i) => {
    if (isBlank(line)) {
      if (current.length > 0) blocks.push({ lines: current, line: start });
      current = [];
      return;
    }
    if (current.length === 0) start = firstLine + i;
    current.push(line);
    if (!separated) {
      blocks.push({ lines: current, line: start });
      current = [];
    }
  });
  if (current.length > 0) blocks.push({ lines: current, line: start });
  return blocks;
}

function isBlank(line: string): boolean {
  return /^[ \t\f]*$/.test(line);
}
