import type { Nodes, Parent, Root, RootContent } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { frontmatterFromMarkdown } from "mdast-util-frontmatter";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { frontmatter } from "micromark-extension-frontmatter";
import { gfm } from "micromark-extension-gfm";
import { type Block, foldWhitespace, looksLikeSubtitle, type ReadBody, type SectionBreak } from "./blocks.ts";
import type { BlockType } from "./types.ts";

/** Parses Markdown into a syntax tree (front matter and GFM included). */
export function parseMarkdown(source: string): Root {
  return fromMarkdown(source, {
    extensions: [frontmatter(["yaml"]), gfm()],
    mdastExtensions: [frontmatterFromMarkdown(["yaml"]), gfmFromMarkdown()],
  });
}

/**
 * Reads a Markdown body: a leading `#` heading is the title (unless front matter gives one),
 * a short unpunctuated line after it the subtitle; other headings become section breaks;
 * block quotes and list items are kept as blocks marked by their type.
 */
export function readMarkdown(source: string, hasTitle: boolean): ReadBody {
  const tree = parseMarkdown(source);
  const blocks: Block[] = [];
  const sections: SectionBreak[] = [];
  let title: string | undefined;
  let titleLine: number | undefined;
  let subtitle: string | undefined;
  const children = tree.children.filter((node) => node.type !== "yaml");
  children.forEach((node, i) => {
    const atTop = blocks.length === 0 && sections.length === 0;
    if (node.type === "heading" && node.depth === 1 && atTop && !hasTitle && title === undefined) {
      title = inlineText(node);
      titleLine = lineOf(node);
      return;
    }
    const afterTitle = i === 1 && title !== undefined && subtitle === undefined;
    if (afterTitle && (node.type === "paragraph" || node.type === "heading")) {
      const text = inlineText(node);
      if (looksLikeSubtitle(text)) {
        subtitle = text;
        return;
      }
    }
    if (node.type === "heading" || node.type === "thematicBreak") {
      sections.push({
        title: node.type === "heading" ? inlineText(node) : "",
        line: lineOf(node),
        before: blocks.length + 1,
      });
      return;
    }
    collectBlocks(node, "paragraph", blocks);
  });
  return { title, titleLine, subtitle, blocks, sections };
}

function collectBlocks(node: RootContent, type: BlockType, out: Block[]): void {
  switch (node.type) {
    case "blockquote":
      for (const child of node.children) collectBlocks(child, "quote", out);
      return;
    case "list":
      for (const item of node.children) collectBlocks(item, "list-item", out);
      return;
    case "listItem": {
      const text = foldWhitespace(node.children.map(blockText).join(" "));
      if (text) out.push({ type, text, line: lineOf(node) });
      return;
    }
    case "heading":
      out.push({ type: "heading", text: inlineText(node), line: lineOf(node) });
      return;
    default: {
      const text = foldWhitespace(blockText(node));
      if (text) out.push({ type, text, line: lineOf(node) });
    }
  }
}

function blockText(node: Nodes): string {
  if (node.type === "table") {
    return node.children.map((row) => row.children.map(inlineText).join(" | ")).join(" ");
  }
  if (node.type === "code" || node.type === "html" || node.type === "inlineCode") return node.value;
  if (node.type === "paragraph" || node.type === "heading") return inlineText(node);
  if ("children" in node) return (node as Parent).children.map(blockText).join(" ");
  return "value" in node && typeof node.value === "string" ? node.value : "";
}

/** The plain text of a node's inline content: words kept, markup dropped, image alt text kept. */
export function inlineText(node: Nodes): string {
  if (node.type === "text" || node.type === "inlineCode" || node.type === "html") return node.value;
  if (node.type === "break") return " ";
  if (node.type === "image") return node.alt ?? "";
  if (node.type === "footnoteReference") return `[^${node.identifier}]`;
  if ("children" in node) return foldWhitespace((node as Parent).children.map(inlineText).join(""));
  return "";
}

function lineOf(node: Nodes): number {
  return node.position?.start.line ?? 1;
}
