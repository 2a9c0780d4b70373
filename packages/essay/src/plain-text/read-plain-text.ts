import {
  type Block,
  type FootnoteDefinition,
  isSceneBreak,
  looksLikeSubtitle,
  looksLikeTitle,
  type ReadBody,
  type SectionBreak,
} from "../blocks.ts";
import { bylineAuthor } from "../byline.ts";
import { TextBuilder } from "../inline/text-builder.ts";
import type { Diagnostic } from "../types.ts";
import { findContents } from "./contents.ts";
import { type HeadingKind, headingKind, isNotesHeading } from "./headings.ts";
import { bareNoteMarkers, endnoteLabel, endnoteText, noteMarkers, plainInline } from "./inline-markup.ts";
import { type RawBlock, rawBlocks } from "./raw-blocks.ts";

const NOT_A_TITLE_END = /[,;:]$/;

/**
 * Reads a plain-text body: paragraphs in whichever layout the text uses (see `rawBlocks`),
 * `_x_`/`*x*` emphasis, `CHAPTER …`/`BOOK …`/Roman-numeral/all-capitals lines as sections,
 * verse as verse blocks with line breaks, `[n]` markers with matching `[n] …` endnotes as
 * footnotes (or, in a text that ends with notes numbered `1 …`, `2 …` and sets those numbers
 * right after words, those), and a contents list left out (with a diagnostic). The first block is the title
 * unless the metadata gives one.
 */
export function readPlainText(body: string, firstLine: number, hasTitle: boolean, file?: string): ReadBody {
  const diagnostics: Diagnostic[] = [];
  const lines = body.split("\n");
  const contents = findContents(lines);
  if (contents) {
    for (let i = contents.from; i < contents.to; i++) lines[i] = "";
    diagnostics.push({
      severity: "info",
      code: "contents-removed",
      message: `Left out a contents list of ${contents.entries} entries (lines ${firstLine + contents.from}–${firstLine + contents.to - 1}): the headings it lists are the edition's sections.`,
      where: { ...(file !== undefined && { file }), line: firstLine + contents.from },
    });
  }
  let raw = rawBlocks(lines.join("\n"), firstLine);
  let title: string | undefined;
  let titleLine: number | undefined;
  let subtitle: string | undefined;
  if (!hasTitle) {
    const head = takeTitle(raw);
    if (head) {
      ({ title, subtitle } = head);
      titleLine = raw[0]?.line;
      raw = head.rest;
    }
  }
  const bracketed = endnotes(raw);
  const bareRead = bracketed.size === 0 ? bareEndnotes(raw) : undefined;
  if (bareRead) raw = bareRead.raw;
  const bare = bareRead?.notes;
  const notes = bare ?? bracketed;
  const labelOf = (text: string) => (bare ? BARE_NOTE.exec(text)?.[1] : endnoteLabel(text));
  const blocks: Block[] = [];
  const sections: SectionBreak[] = [];
  const kinds: HeadingKind[] = [];
  const footnotes = new Map<string, FootnoteDefinition>();
  const isNote = (label: string) => notes.has(label);
  for (let i = 0; i < raw.length; i++) {
    const block = raw[i] as RawBlock;
    const text = block.lines.join(" ");
    const label = labelOf(text);
    if (label !== undefined && notes.get(label) === block) {
      const out = new TextBuilder();
      plainInline(bare ? text.replace(BARE_NOTE_LABEL, "") : endnoteText(text), out, isNote, bare !== undefined);
      const marker = bare ? label : `[${label}]`;
      footnotes.set(label, { label, marker, ...(bare && { bare: true }), ...out.finish(), line: block.line });
      continue;
    }
    const heading = block.verse ? undefined : headingOf(block);
    if (heading) {
      const next = raw[i + 1];
      let headingText = heading.text;
      // "CHAPTER II." then its name on the next line: one heading.
      if (heading.kind !== "caps" && heading.rest === undefined && next && isHeadingName(next)) {
        headingText = `${headingText} ${next.lines[0]}`;
        i++;
      } else if (heading.rest !== undefined) headingText = `${headingText} ${heading.rest}`;
      if (isNotesHeading(headingText) && notes.size > 0) continue;
      kinds.push(heading.kind);
      sections.push({ title: headingText, depth: 1, line: block.line, before: blocks.length + 1 });
      continue;
    }
    if (!block.verse && isSceneBreak(text)) {
      sections.push({ title: "", depth: 0, line: block.line, before: blocks.length + 1 });
      continue;
    }
    const out = new TextBuilder();
    block.lines.forEach((line, n) => {
      if (n > 0) {
        if (block.verse) out.lineBreak();
        else out.text(" ");
      }
      plainInline(line, out, isNote, bare !== undefined);
    });
    const content = out.finish();
    if (content.text === "") continue;
    blocks.push({ type: block.verse ? "verse" : "paragraph", line: block.line, analysed: true, ...content });
  }
  return { title, titleLine, subtitle, blocks, sections: depths(sections, kinds), footnotes, diagnostics };
}

/** The endnotes of the text: `[n] …` blocks whose marker `[n]` appears earlier in another block. */
function endnotes(raw: readonly RawBlock[]): Map<string, RawBlock> {
  const seen = new Set<string>();
  const notes = new Map<string, RawBlock>();
  if (!raw.some((block) => endnoteLabel(block.lines[0] ?? "") !== undefined)) return notes;
  for (const block of raw) {
    const text = block.lines.join(" ");
    const label = endnoteLabel(text);
    if (label !== undefined && seen.has(label) && !notes.has(label)) {
      notes.set(label, block);
      for (const marker of noteMarkers(endnoteText(text))) seen.add(marker);
      continue;
    }
    for (const marker of noteMarkers(text)) seen.add(marker);
  }
  return notes;
}

// "1 The celebrated author says…": a note numbered without brackets, as older printed texts set them.
const BARE_NOTE = /^(\d{1,3})\s+\S/u;
const BARE_NOTE_LABEL = /^\d{1,3}\s+/u;

/**
 * Notes numbered without brackets: the lines that end the text, numbered 1, 2, 3… in order
 * ("1 The celebrated…"), each note a block of its own, when the body before them sets at least
 * half of those numbers right after a word ("of power1;"). Undefined when the text does not end so.
 */
function bareEndnotes(raw: readonly RawBlock[]): { notes: Map<string, RawBlock>; raw: RawBlock[] } | undefined {
  let start = raw.length;
  while (start > 0 && BARE_NOTE.test(raw[start - 1]?.lines[0] ?? "")) start--;
  // At least one body block, and notes numbered from 1 without a gap.
  if (start === 0 || start === raw.length) return undefined;
  const run = raw.slice(start).flatMap(splitAtNoteNumbers);
  const labels = run.map((block) => BARE_NOTE.exec(block.lines[0] ?? "")?.[1] ?? "");
  if (labels.some((label, i) => label !== String(i + 1))) return undefined;
  const wanted = new Set(labels);
  const seen = new Set<string>();
  for (const block of raw.slice(0, start)) {
    for (const marker of bareNoteMarkers(block.lines.join(" "))) if (wanted.has(marker)) seen.add(marker);
  }
  if (seen.size * 2 < run.length) return undefined;
  return {
    notes: new Map(run.map((block, i) => [labels[i] ?? "", block])),
    raw: [...raw.slice(0, start), ...run],
  };
}

// Notes set one under another without blank lines between them are one block: one note per number.
function splitAtNoteNumbers(block: RawBlock): RawBlock[] {
  const notes: { lines: string[]; line: number; verse: boolean }[] = [];
  block.lines.forEach((line, i) => {
    const current = notes.at(-1);
    if (current === undefined || BARE_NOTE.test(line))
      notes.push({ lines: [line], line: block.line + i, verse: false });
    else current.lines.push(line);
  });
  return notes;
}

interface HeadingLine {
  readonly kind: HeadingKind;
  readonly text: string;
  /** A second line that names the heading ("CHAPTER I." / "The Beginning"). */
  readonly rest?: string;
}

function headingOf(block: RawBlock): HeadingLine | undefined {
  const [first, second, ...more] = block.lines;
  if (first === undefined || more.length > 0) return undefined;
  const kind = headingKind(first);
  if (!kind) return undefined;
  if (second === undefined) return { kind, text: first };
  if (kind !== "caps" && second.length <= 80 && !/[.!?]["'”’)]*$/u.test(second))
    return { kind, text: first, rest: second };
  if (kind === "caps" && headingKind(second) === "caps") return { kind, text: first, rest: second };
  return undefined;
}

function isHeadingName(block: RawBlock): boolean {
  const [line, ...more] = block.lines;
  if (line === undefined || more.length > 0 || block.verse) return false;
  return line.length <= 80 && !/[.!?,;:]["'”’)]*$/u.test(line) && headingKind(line) !== "chapter";
}

/** Books and parts are depth 1 and the chapters under them depth 2; with no books, chapters are depth 1. */
function depths(sections: readonly SectionBreak[], kinds: readonly HeadingKind[]): SectionBreak[] {
  const hasDivisions = kinds.includes("division");
  let k = 0;
  return sections.map((section) => {
    if (section.depth === 0) return section;
    const kind = kinds[k++];
    return { ...section, depth: hasDivisions && kind !== "division" ? 2 : 1 };
  });
}

function takeTitle(raw: readonly RawBlock[]): { title: string; subtitle?: string; rest: RawBlock[] } | undefined {
  const [first, ...others] = raw;
  if (!first || first.verse) return undefined;
  // The title is the first line and the lines that continue it (a wrapped title goes on in lower case).
  let end = 1;
  while (end < first.lines.length && /^\p{Ll}/u.test(first.lines[end] ?? "")) end++;
  const title = first.lines.slice(0, end).join(" ");
  if (!looksLikeTitle(title) || NOT_A_TITLE_END.test(title)) return undefined;
  const remaining = first.lines.slice(end);
  const rest = [...others];
  if (remaining.length > 0) rest.unshift({ lines: remaining, line: first.line + end, verse: false });
  const second = rest[0];
  const candidate = second?.lines.join(" ") ?? "";
  if (
    second &&
    !second.verse &&
    rest.length > 1 &&
    looksLikeSubtitle(candidate) &&
    !headingKind(candidate) &&
    !bylineAuthor(candidate) &&
    noteMarkers(candidate).length === 0
  ) {
    return { title, subtitle: candidate, rest: rest.slice(1) };
  }
  return { title, rest };
}
