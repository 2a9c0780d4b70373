import type { Element, ElementContent, Nodes as HastNodes } from "hast";
import { type BlockContext, contextFields, proseType } from "../blocks.ts";
import { safeSrc } from "../inline/safe-href.ts";
import { TextBuilder } from "../inline/text-builder.ts";
import type { TableCell } from "../types.ts";
import type { Collector } from "./collector.ts";
import { pushFigure, pushProse, pushTable } from "./emit.ts";
import { hastPhrasing } from "./hast-inline.ts";
import { BLOCK_WRAPPER_TAG, isElement, stringProperty, textContent } from "./sanitize-html.ts";

const BLOCK_TAGS = new Set([
  ...["p", "blockquote", "ul", "ol", "li", "pre", "table", "figure", "hr", "figcaption"],
  ...["h1", "h2", "h3", "h4", "h5", "h6"],
]);

/** Turns sanitised HTML at block level into blocks and section breaks; inline runs become paragraphs. */
export function hastFlow(nodes: readonly HastNodes[], context: BlockContext, line: number, collector: Collector): void {
  let run: HastNodes[] = [];
  const flush = () => {
    if (run.length > 0) inlineRun(run, context, line, collector);
    run = [];
  };
  for (const node of nodes) {
    // An image standing between blocks (not inside a paragraph) is a figure of its own.
    if ((node.type === "element" && BLOCK_TAGS.has(node.tagName)) || isElement(node, "img")) {
      flush();
      block(node, context, line, collector);
    } else if (node.type === "root" || isElement(node, BLOCK_WRAPPER_TAG)) {
      flush();
      hastFlow(node.children, context, line, collector);
    } else run.push(node);
  }
  flush();
}

function inlineRun(nodes: readonly HastNodes[], context: BlockContext, line: number, collector: Collector): void {
  const image = loneImage(nodes);
  if (image) {
    figureFromImage(image, undefined, context, line, collector);
    return;
  }
  const out = new TextBuilder();
  hastPhrasing(nodes, out);
  pushProse(collector, proseType(context), out.finish(), line, context);
}

function block(node: Element, context: BlockContext, line: number, collector: Collector): void {
  switch (node.tagName) {
    case "img":
      figureFromImage(node, undefined, context, line, collector);
      return;
    case "p":
    case "figcaption":
      inlineRun(node.children, context, line, collector);
      return;
    case "h1":
    case "h2":
    case "h3":
    case "h4":
    case "h5":
    case "h6": {
      const out = new TextBuilder();
      hastPhrasing(node.children, out);
      const { text, marks } = out.finish();
      if (text === "") return;
      if (context.quoteDepth === 0 && !context.list) collector.section(text, Number(node.tagName[1]), marks, line);
      else pushProse(collector, "heading", { text, marks }, line, context);
      return;
    }
    case "hr":
      if (context.quoteDepth === 0 && !context.list) collector.section("", 0, [], line);
      return;
    case "blockquote":
      hastFlow(node.children, { ...context, quoteDepth: context.quoteDepth + 1 }, line, collector);
      return;
    case "ul":
    case "ol":
      list(node, context, line, collector);
      return;
    case "li":
      listItem(node, context, line, collector);
      return;
    case "pre": {
      const value = textContent(node).replace(/\n$/, "");
      const codeChild = node.children.find((child): child is Element => isElement(child, "code"));
      const className = codeChild?.properties.className;
      const lang = Array.isArray(className) ? String(className[0] ?? "").replace(/^language-/, "") : undefined;
      if (value.trim() === "") return;
      collector.blocks.push({
        type: "code",
        text: value,
        line,
        analysed: false,
        marks: [],
        ...contextFields(context),
        code: { ...(lang && { lang }), value },
      });
      return;
    }
    case "table":
      table(node, context, line, collector);
      return;
    case "figure": {
      const image = findImage(node);
      const caption = node.children.find((child): child is Element => isElement(child, "figcaption"));
      if (!image) {
        hastFlow(node.children, context, line, collector);
        return;
      }
      const captionText = caption ? builderText(caption.children) : undefined;
      figureFromImage(image, captionText, context, line, collector);
      const rest = node.children.filter((child) => child !== caption && !containsNode(child, image));
      if (rest.length > 0) hastFlow(rest, context, line, collector);
      return;
    }
    default:
      hastFlow(node.children, context, line, collector);
  }
}

function list(node: Element, context: BlockContext, line: number, collector: Collector): void {
  const id = collector.nextList();
  const ordered = node.tagName === "ol";
  const startAttr = Number(stringProperty(node, "start") ?? 1);
  let number = Number.isFinite(startAttr) ? startAttr : 1;
  const depth = (context.list?.depth ?? 0) + 1;
  for (const child of node.children) {
    if (!isElement(child, "li")) continue;
    const info = { ordered, ...(ordered && { number }), depth, list: id };
    listItem(child, { ...context, list: info }, line, collector);
    number++;
  }
}

function listItem(node: Element, context: BlockContext, line: number, collector: Collector): void {
  const itemContext = context.list
    ? context
    : { ...context, list: { ordered: false, depth: 1, list: collector.nextList() } };
  const inline = node.children.filter((child) => !(child.type === "element" && BLOCK_TAGS.has(child.tagName)));
  const blocks = node.children.filter((child) => child.type === "element" && BLOCK_TAGS.has(child.tagName));
  const paragraphs = blocks.filter((child) => isElement(child, "p"));
  const out = new TextBuilder();
  hastPhrasing(inline, out);
  for (const paragraph of paragraphs) {
    out.text(" ");
    hastPhrasing((paragraph as Element).children, out);
  }
  pushProse(collector, "list-item", out.finish(), line, itemContext);
  const rest = blocks.filter((child) => !isElement(child, "p"));
  if (rest.length > 0) hastFlow(rest, itemContext, line, collector);
}

function table(node: Element, context: BlockContext, line: number, collector: Collector): void {
  const rows: Element[] = [];
  const visit = (parent: Element) => {
    for (const child of parent.children) {
      if (isElement(child, "tr")) rows.push(child);
      else if (isElement(child, "thead", "tbody", "tfoot")) visit(child);
    }
  };
  visit(node);
  const cells: TableCell[][] = rows.map((row) =>
    row.children
      .filter((cell): cell is Element => isElement(cell, "th", "td"))
      .map((cell) => {
        const out = new TextBuilder();
        hastPhrasing(cell.children, out);
        return out.finish();
      }),
  );
  const first = rows[0]?.children.filter((cell): cell is Element => isElement(cell, "th", "td")) ?? [];
  const header = first.length > 0 && first.every((cell) => cell.tagName === "th");
  const align = first.map((cell) => {
    const value = stringProperty(cell, "align");
    return value === "left" || value === "right" || value === "center" ? value : null;
  });
  pushTable(collector, { align, header, rows: cells }, line, context);
  const caption = node.children.find((child): child is Element => isElement(child, "caption"));
  if (caption) inlineRun(caption.children, context, line, collector);
}

function figureFromImage(
  image: Element,
  caption: string | undefined,
  context: BlockContext,
  line: number,
  collector: Collector,
): void {
  const alt = stringProperty(image, "alt") ?? "";
  const title = stringProperty(image, "title");
  const src = safeSrc(stringProperty(image, "src")) ?? "";
  pushFigure(collector, { src, alt, ...(title && { title }), ...(caption && { caption }) }, line, context);
}

function loneImage(nodes: readonly HastNodes[]): Element | undefined {
  const solid = nodes.filter((node) => !(node.type === "text" && node.value.trim() === "") && node.type !== "comment");
  const [only] = solid;
  if (solid.length !== 1 || only?.type !== "element") return undefined;
  if (only.tagName === "img") return only;
  if (only.tagName === "a") return loneImage(only.children);
  return undefined;
}

function findImage(node: Element): Element | undefined {
  for (const child of node.children) {
    if (child.type !== "element") continue;
    if (child.tagName === "img") return child;
    if (child.tagName !== "figcaption") {
      const found = findImage(child);
      if (found) return found;
    }
  }
  return undefined;
}

function containsNode(node: ElementContent, target: Element): boolean {
  if (node === target) return true;
  if (node.type !== "element") return false;
  return node.children.some((child) => containsNode(child, target));
}

function builderText(nodes: readonly HastNodes[]): string {
  const out = new TextBuilder();
  hastPhrasing(nodes, out);
  return out.finish().text;
}
