import type { Diagnostic } from "../types.ts";

/** Counts of markup taken out of an essay's text (comments, shortcodes, fences, HTML elements). */
export class MarkupReport {
  comments = 0;
  shortcodes = 0;
  fences = 0;
  readonly unwrapped = new Map<string, number>();
  readonly removed = new Map<string, number>();
  private firstLine: number | undefined;

  /** Notes that something was taken out at `line` (the earliest line is kept). */
  at(line: number): void {
    if (this.firstLine === undefined || line < this.firstLine) this.firstLine = line;
  }

  /** Counts one HTML element of `tag` shown as its text only (`unwrapped`) or dropped whole (`removed`). */
  element(kind: "unwrapped" | "removed", tag: string, line: number): void {
    const map = kind === "unwrapped" ? this.unwrapped : this.removed;
    map.set(tag, (map.get(tag) ?? 0) + 1);
    this.at(line);
  }

  /** The one diagnostic that says what was taken out, or none when nothing was. */
  diagnostic(file: string | undefined): Diagnostic[] {
    const parts: string[] = [];
    if (this.shortcodes) parts.push(count(this.shortcodes, "template shortcode"));
    if (this.fences) parts.push(count(this.fences, "':::' container fence"));
    if (this.comments) parts.push(count(this.comments, "HTML comment"));
    if (this.removed.size) parts.push(`${tags(this.removed)} with their content (scripts and styles never run)`);
    if (this.unwrapped.size) parts.push(`the tags of ${tags(this.unwrapped)} (their text is kept)`);
    if (parts.length === 0 || this.firstLine === undefined) return [];
    return [
      {
        severity: "info",
        code: "markup-removed",
        message: `Removed ${new Intl.ListFormat("en", { type: "conjunction" }).format(parts)}; the first is at line ${this.firstLine}.`,
        where: { ...(file !== undefined && { file }), line: this.firstLine },
      },
    ];
  }
}

function count(n: number, what: string): string {
  return `${n} ${what}${n === 1 ? "" : "s"}`;
}

function tags(map: ReadonlyMap<string, number>): string {
  const total = [...map.values()].reduce((sum, n) => sum + n, 0);
  const names = [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5)
    .map(([tag]) => `<${tag}>`)
    .join(", ");
  return `${count(total, "HTML element")} (${names}${map.size > 5 ? ", …" : ""})`;
}
