import type { Element as HastElement } from "hast";
import { toHtml } from "hast-util-to-html";
import type { Nodes, PhrasingContent, Root } from "mdast";
import { toHast } from "mdast-util-to-hast";
import type { TextBuilder } from "../inline/text-builder.ts";
import type { Collector } from "./collector.ts";
import { hastPhrasing } from "./hast-inline.ts";
import { phrasing } from "./phrasing.ts";
import { FOOTNOTE_REF_TAG, parseHtmlFragment } from "./sanitize-html.ts";

/**
 * Writes inline content into `out`. Content with raw HTML tags goes through the HTML parser
 * and the allow-list (tags split across Markdown nodes, like `<sup>` … `</sup>`, pair up there);
 * content without them is walked directly, with no HTML tree built.
 */
export function inlineContent(
  nodes: readonly PhrasingContent[],
  out: TextBuilder,
  line: number,
  collector: Collector,
): void {
  if (!nodes.some(hasHtml)) {
    phrasing(nodes, out, collector);
    return;
  }
  const root: Root = {
    type: "root",
    children: [...collector.definitions.values(), { type: "paragraph", children: [...nodes] }],
  };
  const hast = toHast(root, {
    allowDangerousHtml: true,
    handlers: {
      footnoteReference: (_state, node): HastElement => ({
        type: "element",
        tagName: FOOTNOTE_REF_TAG,
        properties: { dataLabel: node.identifier },
        children: [],
      }),
    },
  });
  const html = toHtml(hast, { allowDangerousHtml: true });
  const tree = parseHtmlFragment(html, line, collector.report, collector.file);
  hastPhrasing(tree.children, out);
}

function hasHtml(node: Nodes): boolean {
  if (node.type === "html") return true;
  return "children" in node && node.children.some(hasHtml);
}
