import type { Definition, Nodes, Root } from "mdast";
import { looksLikeSubtitle, type ReadBody, sameWords, TOP_LEVEL } from "../blocks.ts";
import { bylineAuthor } from "../byline.ts";
import { EssayError } from "../errors.ts";
import { TextBuilder } from "../inline/text-builder.ts";
import type { Diagnostic } from "../types.ts";
import { Collector } from "./collector.ts";
import { flow, lineOf, loneImage } from "./flow.ts";
import { joinSplitContainers } from "./html-containers.ts";
import { inlineContent } from "./inline-html.ts";
import { MarkupReport } from "./markup-report.ts";
import { parseMarkdown } from "./parse-markdown.ts";
import { mayHaveTemplates, stripTemplates } from "./strip-templates.ts";

/** How to read a Markdown body. */
export interface MarkdownOptions {
  /** The body's first line in the file (front matter and headers come before it). */
  readonly firstLine?: number;
  /** True when the metadata already gives the title: a leading `#` heading is then body (or dropped when it repeats the title). */
  readonly hasTitle?: boolean;
  /** The title the metadata gives, if any. */
  readonly title?: string | undefined;
  readonly file?: string | undefined;
}

/**
 * Reads a Markdown body: a leading `#` heading is the title (unless the metadata gives one), a
 * short unpunctuated line after it the subtitle; other headings and thematic breaks become
 * section breaks; quotes, list items, code, tables and figures are blocks of their type with
 * inline marks; footnote definitions are set apart; raw HTML goes through the allow-list;
 * template shortcodes, `:::` fences and comments are removed and counted in one diagnostic.
 */
export function readMarkdown(body: string, options: MarkdownOptions = {}): ReadBody {
  const source = "\n".repeat(Math.max(0, (options.firstLine ?? 1) - 1)) + body;
  const report = new MarkupReport();
  let text = source;
  let tree = parseMarkdown(text);
  if (mayHaveTemplates(text)) {
    text = stripTemplates(source, tree, report);
    if (text !== source) tree = parseMarkdown(text);
  }
  checkTablesClose(tree, options.file);
  tree.children = joinSplitContainers(tree.children, text);
  const collector = new Collector(definitionsOf(tree), options.file, report, text);
  let title: string | undefined;
  let titleLine: number | undefined;
  let subtitle: string | undefined;
  const hasTitle = options.hasTitle ?? false;
  tree.children.forEach((node, i) => {
    const atTop = collector.blocks.length === 0 && collector.sections.length === 0;
    if (node.type === "heading" && node.depth === 1 && atTop && title === undefined) {
      const text = plain(node.children, collector);
      if (!hasTitle) {
        title = text;
        titleLine = lineOf(node);
        return;
      }
      if (sameWords(text, options.title ?? "")) return;
    }
    const afterTitle =
      i > 0 && title !== undefined && subtitle === undefined && atTop && tree.children[i - 1]?.type === "heading";
    if (afterTitle && (node.type === "heading" || (node.type === "paragraph" && !loneImage(node.children)))) {
      const { text, marks } = marked(node.children, collector);
      // A line with a link or a footnote reference is body, where they can be shown.
      if (
        looksLikeSubtitle(text) &&
        !bylineAuthor(text) &&
        !marks.some((mark) => mark.type === "link" || mark.type === "footnote-ref")
      ) {
        subtitle = text;
        return;
      }
    }
    flow(node, TOP_LEVEL, collector);
  });
  return {
    title,
    titleLine,
    subtitle,
    blocks: collector.blocks,
    sections: collector.sections,
    footnotes: collector.footnotes,
    diagnostics: [...collector.diagnostics, ...missingAlt(collector), ...report.diagnostic(options.file)],
  };
}

/** One diagnostic for every image without alt text. */
function missingAlt(collector: Collector): Diagnostic[] {
  const [first] = collector.missingAlt;
  if (!first) return [];
  const count = collector.missingAlt.length;
  return [
    {
      severity: "warning",
      code: "figure-without-alt",
      message: `${count === 1 ? `The image ${first.src || "(no source)"} has` : `${count} images have`} no alt text (the first at line ${first.line}): readers who cannot see ${count === 1 ? "it" : "them"} learn nothing of ${count === 1 ? "it" : "them"}. Describe each image in its alt text.`,
      where: { ...(collector.file !== undefined && { file: collector.file }), line: first.line },
    },
  ];
}

function marked(nodes: Parameters<typeof inlineContent>[0], collector: Collector) {
  const out = new TextBuilder();
  inlineContent(nodes, out, 1, new Collector(collector.definitions, collector.file));
  return out.finish();
}

function plain(nodes: Parameters<typeof inlineContent>[0], collector: Collector): string {
  return marked(nodes, collector).text;
}

function definitionsOf(tree: Root): Map<string, Definition> {
  const found = new Map<string, Definition>();
  const visit = (node: Nodes) => {
    if (node.type === "definition") {
      if (!found.has(node.identifier)) found.set(node.identifier, node);
      return;
    }
    if ("children" in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return found;
}

const TABLE_OPEN = /<table\b/gi;
const TABLE_CLOSE = /<\/table\s*>/gi;

/** An HTML `<table>` in the Markdown that is never closed swallows what follows: an error at its line. */
function checkTablesClose(tree: Root, file: string | undefined): void {
  const open: number[] = [];
  const visit = (node: Nodes) => {
    if (node.type === "html") {
      const opens = node.value.match(TABLE_OPEN)?.length ?? 0;
      let closes = node.value.match(TABLE_CLOSE)?.length ?? 0;
      for (let i = 0; i < opens; i++) open.push(lineOf(node));
      while (closes-- > 0 && open.length > 0) open.pop();
      return;
    }
    if ("children" in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  const line = open[0];
  if (line !== undefined) {
    throw new EssayError(
      "html-unclosed-table",
      "an HTML <table> opened here is never closed",
      "add '</table>' after its last row (and close its rows and cells)",
      { file, line },
    );
  }
}
