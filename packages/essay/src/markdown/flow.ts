import type { Code, List, ListItem, Nodes, Paragraph, PhrasingContent, RootContent, Table } from "mdast";
import { type BlockContext, contextFields, isSceneBreak, proseType } from "../blocks.ts";
import { safeSrc } from "../inline/safe-href.ts";
import { TextBuilder } from "../inline/text-builder.ts";
import type { Collector } from "./collector.ts";
import { pushFigure, pushProse, pushTable } from "./emit.ts";
import { hastFlow } from "./hast-flow.ts";
import { inlineContent } from "./inline-html.ts";
import { parseHtmlFragment } from "./sanitize-html.ts";

/** Turns one Markdown block node into blocks (and, at the top level, section breaks). */
export function flow(node: RootContent, context: BlockContext, collector: Collector): void {
  const line = lineOf(node);
  switch (node.type) {
    case "paragraph":
      paragraph(node, context, collector);
      return;
    case "heading": {
      const { text, marks } = inline(node.children, line, collector);
      if (text === "") return;
      if (context.quoteDepth === 0 && !context.list) collector.section(text, node.depth, marks, line);
      else pushProse(collector, "heading", { text, marks }, line, context);
      return;
    }
    case "thematicBreak":
      if (context.quoteDepth === 0 && !context.list) collector.section("", 0, [], line);
      return;
    case "blockquote":
      for (const child of node.children) flow(child, { ...context, quoteDepth: context.quoteDepth + 1 }, collector);
      return;
    case "list":
      list(node, context, collector);
      return;
    case "code":
      code(node, context, collector);
      return;
    case "table":
      table(node, context, collector);
      return;
    case "html": {
      const tree = parseHtmlFragment(node.value, line, collector.report, collector.file);
      hastFlow(tree.children, context, line, collector);
      return;
    }
    case "footnoteDefinition":
      footnoteDefinition(node.identifier, node.label ?? node.identifier, node.children, line, collector);
      return;
    case "definition":
      return;
    default:
      if ("children" in node) for (const child of node.children as RootContent[]) flow(child, context, collector);
  }
}

function paragraph(node: Paragraph, context: BlockContext, collector: Collector): void {
  const line = lineOf(node);
  const image = loneImage(node.children);
  if (image) {
    const reference = image.type === "imageReference" ? collector.definitions.get(image.identifier) : undefined;
    const url = image.type === "image" ? image.url : (reference?.url ?? "");
    const title = image.type === "image" ? image.title : reference?.title;
    pushFigure(
      collector,
      { src: safeSrc(url) ?? "", alt: image.alt ?? "", ...(title && { title, caption: title }) },
      line,
      context,
    );
    return;
  }
  const content = inline(node.children, line, collector);
  if (isSceneBreak(content.text) && context.quoteDepth === 0 && !context.list) {
    collector.section("", 0, [], line);
    return;
  }
  pushProse(collector, proseType(context), content, line, context);
}

function list(node: List, context: BlockContext, collector: Collector): void {
  const id = collector.nextList();
  const depth = (context.list?.depth ?? 0) + 1;
  node.children.forEach((item, i) => {
    const ordered = node.ordered === true;
    const info = {
      ordered,
      ...(ordered && { number: (node.start ?? 1) + i }),
      depth,
      list: id,
      ...(typeof item.checked === "boolean" && { checked: item.checked }),
    };
    listItem(item, { ...context, list: info }, collector);
  });
}

function listItem(item: ListItem, context: BlockContext, collector: Collector): void {
  const line = lineOf(item);
  const out = new TextBuilder();
  const rest: RootContent[] = [];
  for (const child of item.children) {
    if (child.type === "paragraph" && !loneImage(child.children)) {
      if (out.offset > 0) out.lineBreak();
      inlineContent(child.children, out, lineOf(child), collector);
    } else rest.push(child);
  }
  pushProse(collector, "list-item", out.finish(), line, context);
  for (const child of rest) flow(child, context, collector);
}

function code(node: Code, context: BlockContext, collector: Collector): void {
  if (node.value.trim() === "") return;
  if (isRawHtmlFence(node, collector)) {
    const tree = parseHtmlFragment(node.value, lineOf(node) + 1, collector.report, collector.file);
    hastFlow(tree.children, context, lineOf(node) + 1, collector);
    return;
  }
  collector.blocks.push({
    type: "code",
    text: node.value,
    line: lineOf(node),
    analysed: false,
    marks: [],
    ...contextFields(context),
    code: { ...(node.lang && { lang: node.lang }), value: node.value },
  });
}

/** A `~~~` fence with no language that holds only HTML is raw HTML (Franklin's convention), not code to show. */
function isRawHtmlFence(node: Code, collector: Collector): boolean {
  if (node.lang) return false;
  const offset = node.position?.start.offset;
  if (offset === undefined || !collector.source.startsWith("~~~", offset)) return false;
  const value = node.value.trim();
  return /^<[a-zA-Z]/.test(value) && value.endsWith(">");
}

function table(node: Table, context: BlockContext, collector: Collector): void {
  const rows = node.children.map((row) => row.children.map((cell) => inline(cell.children, lineOf(row), collector)));
  const align = (node.align ?? []).map((value) => value ?? null);
  pushTable(collector, { align, header: true, rows }, lineOf(node), context);
}

function footnoteDefinition(
  identifier: string,
  label: string,
  children: readonly RootContent[],
  line: number,
  collector: Collector,
): void {
  const out = new TextBuilder();
  const visit = (nodes: readonly RootContent[]) => {
    for (const child of nodes) {
      if (out.offset > 0) out.lineBreak();
      if (child.type === "paragraph" || child.type === "heading")
        inlineContent(child.children, out, lineOf(child), collector);
      else if (child.type === "code") out.text(child.value);
      else if ("children" in child) visit(child.children as RootContent[]);
      else if ("value" in child) out.text(child.value);
    }
  };
  visit(children);
  const { text, marks } = out.finish();
  if (collector.footnotes.has(identifier)) {
    collector.warn(
      "footnote-duplicate",
      `The footnote [^${label}] is defined twice; the second definition is left out.`,
      line,
    );
    return;
  }
  collector.footnotes.set(identifier, { label, text, marks, line });
}

function inline(nodes: readonly PhrasingContent[], line: number, collector: Collector) {
  const out = new TextBuilder();
  inlineContent(nodes, out, line, collector);
  return out.finish();
}

type ImageNode = Extract<PhrasingContent, { type: "image" | "imageReference" }>;

/** The image a paragraph consists of (alone, or alone inside a link), if it does. */
export function loneImage(nodes: readonly PhrasingContent[]): ImageNode | undefined {
  const solid = nodes.filter((node) => !(node.type === "text" && node.value.trim() === "") && node.type !== "break");
  const [only] = solid;
  if (solid.length !== 1 || !only) return undefined;
  if (only.type === "image" || only.type === "imageReference") return only;
  if (only.type === "link" || only.type === "linkReference") return loneImage(only.children);
  return undefined;
}

/** The 1-based source line where a node starts. */
export function lineOf(node: Nodes): number {
  return node.position?.start.line ?? 1;
}
