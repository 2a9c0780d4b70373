/** A run of source lines that form one block of a plain text, before its kind is decided. */
export interface RawBlock {
  /** The lines as written (indentation kept, line breaks removed). */
  readonly lines: readonly string[];
  /** 1-based line of the first of them in the file. */
  readonly line: number;
  /** True when the lines are verse: short or indented lines in a run, kept as lines. */
  readonly verse: boolean;
}

const TERMINAL = /[.!?:;]["'”’»)\]]*$/u;
const VERSE_MAX = 60;

interface Line {
  readonly text: string;
  readonly indent: number;
  readonly number: number;
}

/**
 * Splits a plain-text body into blocks, for the layouts texts come in: blank lines between
 * paragraphs; one paragraph per line; hard-wrapped lines with no blank lines, where a paragraph
 * starts with an indented line (or, the other way round, where continuation lines are indented
 * and a paragraph starts at the margin). Runs of short or indented lines are verse.
 */
export function rawBlocks(body: string, firstLine: number): RawBlock[] {
  const all: Line[] = body
    .split("\n")
    .map((text, i) => ({ text: text.trimEnd(), indent: indentOf(text), number: firstLine + i }));
  const runs: Line[][] = [];
  let run: Line[] = [];
  for (const line of all) {
    if (line.text.trim() === "") {
      if (run.length > 0) runs.push(run);
      run = [];
    } else run.push(line);
  }
  if (run.length > 0) runs.push(run);
  const lines = runs.flat();
  if (lines.length === 0) return [];
  const base = Math.min(...lines.map((line) => line.indent));
  const indented = lines.filter((line) => line.indent > base).length / lines.length;
  const lengths = lines.map((line) => line.text.trim().length);
  const width = percentile(lengths, 0.9);
  // Hard-wrapped prose has a margin: most lines come close to it, and most of them run on.
  const nearMargin = lengths.filter((length) => length >= width * 0.7).length / lengths.length;
  const wrapped = width >= 40 && nearMargin >= 0.4 && isHardWrapped(runs);
  const blocks: RawBlock[] = [];
  for (const lines of runs) {
    if (isVerseRun(lines, wrapped, width, base, indented)) {
      blocks.push({ lines: lines.map((line) => line.text.trim()), line: lines[0]?.number ?? firstLine, verse: true });
      continue;
    }
    for (const group of splitRun(lines, wrapped, base, indented, runs.length === 1, width)) {
      blocks.push({ lines: group.map((line) => line.text.trim()), line: group[0]?.number ?? firstLine, verse: false });
    }
  }
  return blocks;
}

function splitRun(
  lines: readonly Line[],
  wrapped: boolean,
  base: number,
  indented: number,
  only: boolean,
  width: number,
): Line[][] {
  // Without blank lines and without wrapping, each line is a paragraph; between blank lines, a run is one.
  if (!wrapped) return only ? lines.map((line) => [line]) : [[...lines]];
  let startsParagraph: (line: Line, previous: Line) => boolean;
  if (indented > 0 && indented < 0.5) startsParagraph = (line) => line.indent > base;
  else if (indented >= 0.5 && indented < 1) startsParagraph = (line) => line.indent === base;
  // Wrapped with neither blank lines nor indentation: a paragraph ends on a short line that ends a sentence.
  else if (only)
    startsParagraph = (_line, previous) => TERMINAL.test(previous.text) && previous.text.trim().length < width * 0.8;
  else return [[...lines]];
  const groups: Line[][] = [];
  let group: Line[] = [];
  let previous: Line | undefined;
  for (const line of lines) {
    if (previous && startsParagraph(line, previous) && group.length > 0) {
      groups.push(group);
      group = [];
    }
    group.push(line);
    previous = line;
  }
  if (group.length > 0) groups.push(group);
  return groups;
}

function isVerseRun(lines: readonly Line[], wrapped: boolean, width: number, base: number, indented: number): boolean {
  if (lines.length < 2) return false;
  const lengths = lines.map((line) => line.text.trim().length);
  const max = Math.max(...lengths);
  // Indented lines in a text whose paragraphs are not indented (or only their first lines are).
  if (indented < 0.5 && lines.every((line) => line.indent > base) && max <= VERSE_MAX + 20) return true;
  if (max > VERSE_MAX) return false;
  // Short lines in a wrapped text whose paragraphs are marked by blank lines alone.
  if (wrapped) return indented === 0 && max < width * 0.75;
  // In a text of long one-line paragraphs, three or more short lines in a row.
  return lines.length >= 3 && width > VERSE_MAX * 2;
}

/** True when most lines of the runs continue on the next line (hard-wrapped prose). */
function isHardWrapped(runs: readonly (readonly Line[])[]): boolean {
  let pairs = 0;
  let continued = 0;
  for (const run of runs) {
    for (let i = 0; i + 1 < run.length; i++) {
      pairs++;
      const next = run[i + 1]?.text.trim() ?? "";
      if (!TERMINAL.test(run[i]?.text ?? "") || /^\p{Ll}/u.test(next)) continued++;
    }
  }
  return pairs >= 3 && continued / pairs >= 0.3;
}

function indentOf(line: string): number {
  let width = 0;
  for (const char of line) {
    if (char === " ") width++;
    else if (char === "\t") width += 4;
    else break;
  }
  return width;
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
}
