import type { Definition } from "mdast";
import type { Block, FootnoteDefinition, SectionBreak } from "../blocks.ts";
import type { Diagnostic, InlineMark } from "../types.ts";
import { MarkupReport } from "./markup-report.ts";

/** What the Markdown handlers write into as they walk the tree. */
export class Collector {
  readonly blocks: Block[] = [];
  readonly sections: SectionBreak[] = [];
  readonly footnotes = new Map<string, FootnoteDefinition>();
  readonly diagnostics: Diagnostic[] = [];
  private lists = 0;

  /** Link and image definitions by normalised identifier, for reference-style links. */
  readonly definitions: ReadonlyMap<string, Definition>;
  readonly file: string | undefined;
  /** Counts of markup taken out of the text. */
  readonly report: MarkupReport;
  /** The Markdown source the tree was parsed from (for what the tree does not record, like a fence's character). */
  readonly source: string;
  /** Lines of images that have no alt text. */
  readonly missingAlt: { src: string; line: number }[] = [];

  constructor(
    definitions: ReadonlyMap<string, Definition>,
    file: string | undefined,
    report = new MarkupReport(),
    source = "",
  ) {
    this.definitions = definitions;
    this.file = file;
    this.report = report;
    this.source = source;
  }

  /** A new list's id: `l1`, `l2`… */
  nextList(): string {
    this.lists++;
    return `l${this.lists}`;
  }

  /** Adds a section break before the next block. */
  section(title: string, depth: number, marks: readonly InlineMark[], line: number): void {
    this.sections.push({ title, depth, ...(marks.length > 0 && { marks }), line, before: this.blocks.length + 1 });
  }

  /** Adds a warning or info diagnostic at `line`. */
  warn(code: string, message: string, line: number, severity: "warning" | "info" = "warning"): void {
    this.diagnostics.push({
      severity,
      code,
      message,
      where: { ...(this.file !== undefined && { file: this.file }), line },
    });
  }
}
