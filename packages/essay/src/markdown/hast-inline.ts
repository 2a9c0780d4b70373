import type { Nodes as HastNodes } from "hast";
import { safeHref } from "../inline/safe-href.ts";
import type { TextBuilder } from "../inline/text-builder.ts";
import type { SpanMark } from "../types.ts";
import { FOOTNOTE_REF_TAG, stringProperty } from "./sanitize-html.ts";
import { textWithStrayReferences } from "./stray-references.ts";

const SPANS: Readonly<Record<string, SpanMark["type"]>> = {
  em: "emphasis",
  i: "emphasis",
  strong: "strong",
  b: "strong",
  code: "code",
  del: "delete",
  s: "delete",
  sup: "sup",
  sub: "sub",
};

/** Writes sanitised HTML inline content into `out`: text kept, allowed elements as marks, image alt text kept. */
export function hastPhrasing(nodes: readonly HastNodes[], out: TextBuilder): void {
  for (const node of nodes) hastInline(node, out);
}

function hastInline(node: HastNodes, out: TextBuilder): void {
  if (node.type === "text") {
    textWithStrayReferences(node.value, out);
    return;
  }
  if (node.type !== "element") {
    if ("children" in node) hastPhrasing(node.children, out);
    return;
  }
  const span = SPANS[node.tagName];
  if (span) {
    const start = out.offset;
    hastPhrasing(node.children, out);
    out.span(span, start);
    return;
  }
  switch (node.tagName) {
    case "a": {
      const start = out.offset;
      hastPhrasing(node.children, out);
      const href = safeHref(stringProperty(node, "href"));
      if (href !== undefined) out.link(start, href, stringProperty(node, "title"));
      return;
    }
    case "br":
      out.lineBreak();
      return;
    case "img":
      out.text(stringProperty(node, "alt") ?? "");
      return;
    case FOOTNOTE_REF_TAG:
      out.footnoteRef(stringProperty(node, "dataLabel") ?? "");
      return;
    default:
      hastPhrasing(node.children, out);
  }
}
