import type { ElementContent, Nodes as HastNodes, Root as HastRoot } from "hast";
import { toHast } from "mdast-util-to-hast";
import { parseMarkdown } from "./parse-markdown.ts";

const MARKDOWN_ON = new Set(["1", "true", "block", "span"]);

/**
 * Parses the text inside HTML elements marked `markdown="1"` (Kramdown, PHP Markdown Extra,
 * Python-Markdown) as Markdown, in place, so that its links and emphasis are structure and not
 * literal `[text](url)`.
 */
export function expandMarkdownInHtml(node: HastRoot | HastNodes): void {
  if (!("children" in node)) return;
  const on = node.type === "element" && MARKDOWN_ON.has(String(node.properties["markdown"] ?? "").toLowerCase());
  if (on) {
    const children: ElementContent[] = [];
    for (const child of node.children as ElementContent[]) {
      if (child.type === "text" && child.value.trim() !== "") children.push(...markdownToHast(child.value));
      else children.push(child);
    }
    node.children = children;
  }
  for (const child of node.children) expandMarkdownInHtml(child);
}

function markdownToHast(text: string): ElementContent[] {
  // Indentation inside an HTML block is layout, not a Markdown code block.
  const source = text
    .split("\n")
    .map((line) => line.trimStart())
    .join("\n");
  const hast = toHast(parseMarkdown(source));
  return hast.type === "root" ? (hast.children as ElementContent[]) : [hast as ElementContent];
}
