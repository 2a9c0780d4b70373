import type { Nodes as HastNodes } from "hast";
import { toHtml } from "hast-util-to-html";
import type { Nodes, RootContent } from "mdast";
import { toHast } from "mdast-util-to-hast";
import { EssayError } from "../errors.ts";

/** A note body rendered for readers. */
export interface RenderedNote {
  /** Safe HTML: Markdown only (emphasis, links, code, lists); no raw HTML, no scripts. */
  readonly html: string;
  /** The same words as plain text, for search, tooltips and embeds. */
  readonly text: string;
}

const SAFE_URL = /^(?:https?:|mailto:|#|\/(?!\/))/i;
const MDX_NODES = new Set([
  "mdxJsxFlowElement",
  "mdxJsxTextElement",
  "mdxFlowExpression",
  "mdxTextExpression",
  "mdxjsEsm",
]);
// A sidenote sits inside the essay's <p>, so a note holds paragraphs of inline Markdown only.
const BLOCKS = new Set(["heading", "list", "listItem", "blockquote", "code", "table", "thematicBreak"]);

/**
 * Renders a note's Markdown body to HTML without passing raw HTML through; JSX, expressions
 * and links to anything but http(s), mailto or the site itself are an EssayError naming the line.
 */
export function renderNoteBody(body: readonly RootContent[], file = "<notes>"): RenderedNote {
  for (const node of body) check(node, file);
  const hast = toHast({ type: "root", children: [...body] } as Nodes) as HastNodes;
  inline(hast);
  return { html: toHtml(hast), text: plainText(body).replace(/\s+/g, " ").trim() };
}

function check(node: Nodes, file: string): void {
  const where = { file, line: node.position?.start.line, column: node.position?.start.column };
  if (MDX_NODES.has(node.type) || node.type === "html") {
    throw new EssayError(
      "markup-in-note",
      "a note contains HTML, JSX or an expression",
      "write note bodies in plain Markdown: *emphasis*, [links](https://…), `code`",
      where,
    );
  }
  if (BLOCKS.has(node.type)) {
    throw new EssayError(
      "block-in-note",
      `a note contains a ${node.type}, which cannot sit in the margin beside a line`,
      "write the note as one or more paragraphs of text with *emphasis*, [links](https://…) and `code`",
      where,
    );
  }
  if ((node.type === "link" || node.type === "image" || node.type === "definition") && !SAFE_URL.test(node.url)) {
    throw new EssayError(
      "unsafe-note-link",
      `a note links to "${node.url}", which is not an http(s), mailto or site address`,
      "link to https://… or to a place of the edition such as #p4",
      where,
    );
  }
  if ("children" in node) for (const child of node.children) check(child, file);
}

function plainText(nodes: readonly Nodes[]): string {
  return nodes
    .map((node) => {
      if ("value" in node && typeof node.value === "string") return node.value;
      if ("children" in node) return plainText(node.children as Nodes[]) + (node.type === "paragraph" ? " " : "");
      return node.type === "break" ? " " : "";
    })
    .join("");
}

// Paragraphs become <span class="note-p"> so the note is phrasing content inside the essay's <p>.
function inline(node: HastNodes): void {
  if (node.type === "element" && node.tagName === "p") {
    node.tagName = "span";
    node.properties.className = ["note-p"];
  }
  if (node.type === "element" && node.tagName === "a" && /^https?:/i.test(String(node.properties.href ?? ""))) {
    node.properties.rel = ["noopener", "noreferrer"];
  }
  if ("children" in node) {
    node.children = node.children.filter(
      (child) => !(child.type === "text" && child.value === "\n" && node.type === "root"),
    );
    for (const child of node.children) inline(child);
  }
}
