import type { Nodes, Root } from "mdast";
import type { MarkupReport } from "./markup-report.ts";

// Hugo/Liquid/Jinja/Handlebars shortcodes and tags, and ':::' container fences (Pandoc, VuePress, Docusaurus).
const SHORTCODE = /\{\{[\s\S]{0,2000}?\}\}|\{%[\s\S]{0,2000}?%\}/g;
const FENCE = /^[ \t]*:::.*$/gm;
// A line of only TeX-style commands (`\toc`, `\fig{…}`): a site generator's, not the author's words.
const COMMAND_LINE = /^[ \t]*(?:\\[a-zA-Z]+(?:\{[^}\n]*\})*[ \t]*)+$/gm;
const MAY_HAVE = /\{\{|\{%|^[ \t]*:::|^[ \t]*\\[a-zA-Z]+(?:\{[^}\n]*\})*[ \t]*$/m;

/** True when the source may hold template shortcodes or ':::' fences (a cheap test before any work). */
export function mayHaveTemplates(source: string): boolean {
  return MAY_HAVE.test(source);
}

/**
 * Removes template shortcodes and ':::' fence lines from a Markdown source, except inside code
 * (whose ranges `tree` gives), keeping every line break so that line numbers stay true.
 */
export function stripTemplates(source: string, tree: Root, report: MarkupReport): string {
  const code = codeRanges(tree);
  const cuts: [number, number][] = [];
  const collect = (pattern: RegExp, kind: "shortcodes" | "fences") => {
    for (const match of source.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (code.some(([from, to]) => start < to && end > from)) continue;
      cuts.push([start, end]);
      report[kind]++;
      report.at(lineAt(source, start));
    }
  };
  collect(SHORTCODE, "shortcodes");
  collect(FENCE, "fences");
  collect(COMMAND_LINE, "shortcodes");
  if (cuts.length === 0) return source;
  cuts.sort((a, b) => a[0] - b[0]);
  let out = "";
  let at = 0;
  for (const [start, end] of cuts) {
    if (start < at) continue;
    out += source.slice(at, start) + source.slice(start, end).replace(/[^\n]/g, "");
    at = end;
  }
  return out + source.slice(at);
}

function codeRanges(tree: Root): [number, number][] {
  const ranges: [number, number][] = [];
  const visit = (node: Nodes) => {
    if ((node.type === "code" || node.type === "inlineCode") && node.position) {
      ranges.push([node.position.start.offset ?? 0, node.position.end.offset ?? 0]);
      return;
    }
    if ("children" in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return ranges;
}

function lineAt(source: string, offset: number): number {
  let line = 1;
  for (let i = source.indexOf("\n"); i !== -1 && i < offset; i = source.indexOf("\n", i + 1)) line++;
  return line;
}
