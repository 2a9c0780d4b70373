import type { Nodes, PhrasingContent } from "mdast";
import { safeHref } from "../inline/safe-href.ts";
import type { TextBuilder } from "../inline/text-builder.ts";
import type { Collector } from "./collector.ts";
import { textWithStrayReferences } from "./stray-references.ts";

/** Writes Markdown inline content into `out`: words kept, marks recorded, image alt text kept. */
export function phrasing(nodes: readonly Nodes[], out: TextBuilder, collector: Collector): void {
  for (const node of nodes) inline(node, out, collector);
}

function inline(node: Nodes, out: TextBuilder, collector: Collector): void {
  switch (node.type) {
    case "text":
      textWithStrayReferences(node.value, out);
      return;
    case "emphasis":
    case "strong":
    case "delete": {
      const start = out.offset;
      phrasing(node.children, out, collector);
      out.span(node.type, start);
      return;
    }
    case "inlineCode": {
      const start = out.offset;
      out.text(node.value);
      out.span("code", start);
      return;
    }
    case "link": {
      const start = out.offset;
      phrasing(node.children, out, collector);
      const href = safeHref(node.url);
      if (href !== undefined) out.link(start, href, node.title);
      return;
    }
    case "linkReference": {
      const start = out.offset;
      phrasing(node.children, out, collector);
      const definition = collector.definitions.get(node.identifier);
      const href = safeHref(definition?.url);
      if (href !== undefined) out.link(start, href, definition?.title);
      return;
    }
    case "image":
      out.text(node.alt ?? "");
      return;
    case "imageReference":
      out.text(node.alt ?? "");
      return;
    case "footnoteReference":
      out.footnoteRef(node.identifier);
      return;
    case "break":
      out.lineBreak();
      return;
    case "html":
      // Only reached for a lone tag the HTML route did not take (see flow.ts); its text is not prose.
      return;
    default:
      if ("children" in node) phrasing(node.children as PhrasingContent[], out, collector);
      else if ("value" in node && typeof node.value === "string") out.text(node.value);
  }
}
