import type { Element, RootContent as HastContent, Nodes as HastNodes, Root as HastRoot } from "hast";
import { fromHtml } from "hast-util-from-html";
import { type Schema, sanitize } from "hast-util-sanitize";
import { EssayError } from "../errors.ts";
import { expandMarkdownInHtml } from "./markdown-in-html.ts";
import type { MarkupReport } from "./markup-report.ts";

/** The element standing for a Markdown footnote reference while inline HTML goes through the HTML parser. */
export const FOOTNOTE_REF_TAG = "scholia-footnote-ref";
/**
 * What an unwrapped block-level wrapper (`<div>`, `<section>`, `<aside>`…) becomes: its attributes
 * and tag go, but it still ends the paragraph before it and starts a new one after it, as it does
 * in a browser, so that `<div><img …></div><div>Caption</div>` is a figure and a paragraph, not one
 * run of text. A wrapper whose class names a quotation (`<aside class="pquote">`) becomes a block quote.
 */
export const BLOCK_WRAPPER_TAG = "scholia-block";
const BLOCK_WRAPPERS = new Set(
  ["div", "section", "article", "aside", "header", "footer", "main", "nav", "center", "details", "summary"].concat([
    "dl",
    "dt",
    "dd",
    "address",
    "hgroup",
  ]),
);

const HEADINGS = ["h1", "h2", "h3", "h4", "h5", "h6"];
const TABLE = ["table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td"];
const ALLOWED = [
  ...["p", "br", "hr", "blockquote", "ul", "ol", "li", "pre", "code", "figure", "figcaption", "img", "a"],
  ...["em", "i", "strong", "b", "del", "s", "sup", "sub"],
  ...HEADINGS,
  ...TABLE,
  FOOTNOTE_REF_TAG,
  BLOCK_WRAPPER_TAG,
];
const STRIPPED = ["script", "style", "template", "noscript", "textarea", "select", "iframe", "object", "svg", "math"];

/** The allow-list: structure the reader can show; other elements are unwrapped (text kept) or stripped. */
const SCHEMA: Schema = {
  tagNames: ALLOWED,
  attributes: {
    a: ["href", "title"],
    img: ["src", "alt", "title"],
    code: [["className", /^language-./]],
    ol: ["start"],
    th: ["align"],
    td: ["align"],
    [FOOTNOTE_REF_TAG]: ["dataLabel"],
  },
  protocols: { href: ["http", "https", "mailto", "tel"], src: ["http", "https"] },
  strip: STRIPPED,
  ancestors: {
    li: ["ol", "ul"],
    tbody: ["table"],
    thead: ["table"],
    tfoot: ["table"],
    tr: ["table"],
    th: ["table"],
    td: ["table"],
    caption: ["table"],
  },
  required: {},
  clobber: [],
  clobberPrefix: "",
  allowComments: false,
  allowDoctypes: false,
};

const ALLOWED_SET = new Set(ALLOWED.filter((tag) => tag !== BLOCK_WRAPPER_TAG));
const STRIPPED_SET = new Set(STRIPPED);

/**
 * Parses an HTML fragment with a real HTML parser (parse5, via hast-util-from-html), counts what
 * the allow-list will take out, and returns the sanitised tree. `line` is the fragment's first
 * line in the essay; an unclosed comment or tag is an EssayError there.
 */
export function parseHtmlFragment(html: string, line: number, report: MarkupReport, file?: string): HastRoot {
  const tree = fromHtml(html, {
    fragment: true,
    onerror(error) {
      // The parser stops at the end of the text; the line to fix is where the comment or tag opens.
      const opening = (marker: string) => line + (html.slice(0, html.lastIndexOf(marker)).match(/\n/g)?.length ?? 0);
      if (error.ruleId === "eof-in-comment") {
        const at = opening("<!--");
        throw new EssayError(
          "html-unclosed-comment",
          "an HTML comment opened here never closes ('-->' is missing), so the rest of the essay would be hidden",
          "close the comment with '-->' or remove its '<!--'",
          { file, line: at },
        );
      }
      if (error.ruleId === "eof-in-tag") {
        const at = opening("<");
        throw new EssayError(
          "html-unclosed-tag",
          "an HTML tag opened here never closes ('>' is missing)",
          "finish the tag with '>' or write '&lt;' for a literal '<'",
          { file, line: at },
        );
      }
    },
  });
  count(tree, line, report);
  expandMarkdownInHtml(tree);
  markBlockWrappers(tree);
  return sanitize(tree, SCHEMA) as HastRoot;
}

function markBlockWrappers(node: HastNodes): void {
  if (node.type === "element" && BLOCK_WRAPPERS.has(node.tagName)) {
    // A wrapper its author marks as a quotation (a pull quote, an epigraph, a testimonial) is one.
    node.tagName = namesQuotation(node) ? "blockquote" : BLOCK_WRAPPER_TAG;
    node.properties = {};
  }
  if ("children" in node) for (const child of node.children) markBlockWrappers(child);
}

// Class names that mark a wrapper as a quotation: "pquote", "pull-quote", "wp-block-pullquote",
// "epigraph", "testimonial", as the class or its last word ("quote-author" names a part of one).
const QUOTATION_CLASS = /(?:^|[-_])(?:(?:p|pull[-_]?|block)?quote|epigraph|testimonial)$/i;

function namesQuotation(node: Element): boolean {
  const classes = node.properties["className"];
  return Array.isArray(classes) && classes.some((name) => QUOTATION_CLASS.test(String(name)));
}

function count(node: HastNodes, line: number, report: MarkupReport): void {
  if (node.type === "comment") {
    report.comments++;
    report.at(lineOf(node, line));
    return;
  }
  if (node.type === "element") {
    if (STRIPPED_SET.has(node.tagName)) {
      report.element("removed", node.tagName, lineOf(node, line));
      return;
    }
    if (!ALLOWED_SET.has(node.tagName)) report.element("unwrapped", node.tagName, lineOf(node, line));
  }
  if ("children" in node) for (const child of node.children) count(child, line, report);
}

function lineOf(node: HastContent | HastRoot, base: number): number {
  return base + (node.position?.start.line ?? 1) - 1;
}

/** All the text inside a hast node, as written (for `<pre>`). */
export function textContent(node: HastNodes): string {
  if (node.type === "text") return node.value;
  if (node.type === "element" && node.tagName === "br") return "\n";
  if ("children" in node) return node.children.map(textContent).join("");
  return "";
}

/** True for an element of one of the given tag names. */
export function isElement(node: HastNodes, ...tags: string[]): node is Element {
  return node.type === "element" && tags.includes(node.tagName);
}

/** A hast property as a string, when it is one (or a number). */
export function stringProperty(node: Element, name: string): string | undefined {
  const value = node.properties[name];
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  return undefined;
}
