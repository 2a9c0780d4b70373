import type { Claim, InlineMark, LinkMark, Paragraph, SpanMark } from "@scholia/essay";
import type { EditionNote } from "./edition-notes.ts";

/** An inline mark that wraps a run of text in an element: emphasis, strong, code, delete, sup, sub or a link. */
export type WrappingMark = SpanMark | LinkMark;

/** One node of a paragraph's inline content, nested as it renders; its text nodes, in order, are the paragraph's text. */
export type Inline =
  | { readonly type: "text"; readonly text: string }
  | { readonly type: "break" }
  /** Where a note's number (and, for its first reference, its body) is shown. */
  | { readonly type: "note"; readonly note: EditionNote; readonly first: boolean }
  /** The words an editor's note comments on. */
  | { readonly type: "highlight"; readonly note: EditionNote; readonly children: readonly Inline[] }
  | { readonly type: "mark"; readonly mark: WrappingMark; readonly children: readonly Inline[] };

/** A sentence (with its claim) or the text between sentences, as nested inline nodes. */
export interface Segment {
  readonly claim?: Claim;
  readonly children: readonly Inline[];
}

/** Text with inline marks and, for prose, claims: a paragraph, a table cell, a caption, a footnote. */
export interface InlineSource {
  readonly text: string;
  readonly marks?: readonly InlineMark[];
  readonly claims?: readonly Claim[];
}

/** What else goes into the inline content besides the source's own marks. */
export interface SegmentOptions {
  /** Notes shown in this text: editor's notes anchored here and footnotes first referenced here. */
  readonly notes?: readonly EditionNote[];
  /** Every footnote by model id, so a second reference to a footnote shows its number too. */
  readonly footnotes?: ReadonlyMap<string, EditionNote>;
  /** Verse: every line break of the text is shown as one, with or without a break mark. */
  readonly verse?: boolean;
}

type Content =
  | { readonly type: "text"; readonly text: string }
  | { readonly type: "break" }
  | Extract<Inline, { type: "note" }>;
type Wrapper = { readonly note: EditionNote } | WrappingMark;

interface Leaf {
  readonly claim: Claim | undefined;
  readonly wrappers: readonly Wrapper[];
  readonly content: Content;
}

interface Insertion {
  readonly at: number;
  readonly content: Content;
}

// Outer marks first: links hold emphasis, emphasis holds code.
const RANK: Record<WrappingMark["type"], number> = {
  link: 0,
  strong: 1,
  emphasis: 2,
  delete: 3,
  sup: 4,
  sub: 5,
  code: 6,
};
const isWrapping = (mark: InlineMark): mark is WrappingMark => mark.type !== "break" && mark.type !== "footnote-ref";
const byNesting = (a: WrappingMark, b: WrappingMark): number =>
  a.start - b.start || b.end - a.end || RANK[a.type] - RANK[b.type];

/**
 * Where an editor's note's number and text go: after the sentence in which its quote ends, so that a
 * sentence's words stay together for links to them (`#:~:text=`), and a quote ending just before the
 * full stop does not split a word from its ".". (An author's footnote stays where the author put it.)
 * @example noteCloses(paragraph, note) // the end offset of the note's last sentence
 */
export function noteCloses(source: { readonly claims?: readonly Claim[] }, note: { readonly end: number }): number {
  const sentence = source.claims?.find((claim) => claim.start < note.end && note.end <= claim.end);
  return sentence ? Math.max(note.end, sentence.end) : note.end;
}

function insertions(source: InlineSource, options: SegmentOptions): Insertion[] {
  const text = source.text;
  const found: Insertion[] = [];
  const breaks = new Set<number>();
  const placed = new Set<EditionNote>();
  for (const mark of source.marks ?? []) {
    if (mark.type === "break") {
      breaks.add(mark.start);
      found.push({ at: mark.start, content: { type: "break" } });
    } else if (mark.type === "footnote-ref") {
      const note =
        options.notes?.find((each) => each.origin === "footnote" && each.id === mark.footnote) ??
        options.footnotes?.get(mark.footnote);
      if (!note) continue;
      const first = !placed.has(note) && (options.notes?.includes(note) ?? false);
      if (first) placed.add(note);
      found.push({ at: mark.start, content: { type: "note", note, first } });
    }
  }
  for (const note of options.notes ?? []) {
    if (placed.has(note)) continue;
    const at = note.origin === "editor" ? noteCloses(source, note) : note.end;
    found.push({ at, content: { type: "note", note, first: true } });
  }
  if (options.verse) {
    for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) {
      if (!breaks.has(at) && !breaks.has(at + 1)) found.push({ at: at + 1, content: { type: "break" } });
    }
  }
  // A note's number follows the word it is attached to: before a line break at the same place.
  return found
    .map((each) => ({ ...each, at: Math.min(Math.max(each.at, 0), text.length) }))
    .sort((a, b) => a.at - b.at || (a.content.type === "note" ? 0 : 1) - (b.content.type === "note" ? 0 : 1));
}

// The last claim (claims are sorted and never overlap) starting at or before `at` (strictly before when `strict`).
function claimBefore(claims: readonly Claim[], at: number, strict: boolean): Claim | undefined {
  let low = 0;
  let high = claims.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    const start = (claims[mid] as Claim).start;
    if (strict ? start < at : start <= at) low = mid + 1;
    else high = mid;
  }
  return claims[low - 1];
}

function leaves(source: InlineSource, options: SegmentOptions): Leaf[] {
  const text = source.text;
  const claims = [...(source.claims ?? [])].sort((a, b) => a.start - b.start);
  const highlights = (options.notes ?? []).filter((note) => note.origin === "editor" && note.start < note.end);
  // One wrapper per note, so the runs of its quote group into one element.
  const wrapperOf = new Map(highlights.map((note) => [note, { note }]));
  const marks = (source.marks ?? [])
    .filter(isWrapping)
    .filter((mark) => mark.start < mark.end && mark.start >= 0 && mark.end <= text.length)
    .sort(byNesting);
  const inserts = insertions(source, options);
  const cuts = new Set([0, text.length]);
  for (const claim of claims) cuts.add(claim.start).add(claim.end);
  for (const note of highlights) cuts.add(note.start).add(note.end);
  for (const mark of marks) cuts.add(mark.start).add(mark.end);
  for (const insert of inserts) cuts.add(insert.at);
  const points = [...cuts].filter((at) => at >= 0 && at <= text.length).sort((a, b) => a - b);
  const out: Leaf[] = [];
  let next = 0;
  const insertUpTo = (at: number) => {
    for (; next < inserts.length && (inserts[next] as Insertion).at <= at; next++) {
      const { at: where, content } = inserts[next] as Insertion;
      const inside = (start: number, end: number) => start < where && where < end;
      // A note's number belongs to the sentence it ends; a break stays inside what spans it.
      const ending = claimBefore(claims, where, true);
      const starting = claimBefore(claims, where, false);
      const claim =
        content.type === "note"
          ? ending && where <= ending.end
            ? ending
            : starting && where < starting.end
              ? starting
              : undefined
          : ending && where < ending.end
            ? ending
            : undefined;
      const wrappers: Wrapper[] = [];
      if (content.type === "break") {
        const note = highlights.find((n) => inside(n.start, n.end));
        if (note) wrappers.push(wrapperOf.get(note) as Wrapper);
        wrappers.push(...marks.filter((m) => inside(m.start, m.end)));
      }
      out.push({ claim, wrappers, content });
    }
  };
  // Marks open over the current run, in nesting order: a sweep, so long paragraphs stay linear.
  let active: WrappingMark[] = [];
  let opened = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    insertUpTo(start);
    const candidate = claimBefore(claims, start, false);
    const claim = candidate && end <= candidate.end ? candidate : undefined;
    const note = highlights.find((n) => n.start <= start && end <= n.end);
    const wrappers: Wrapper[] = note ? [wrapperOf.get(note) as Wrapper] : [];
    let added = false;
    for (; opened < marks.length && (marks[opened] as WrappingMark).start <= start; opened++) {
      active.push(marks[opened] as WrappingMark);
      added = true;
    }
    if (added) active.sort(byNesting);
    active = active.filter((mark) => mark.end > start);
    wrappers.push(...active);
    out.push({ claim, wrappers, content: { type: "text", text: text.slice(start, end) } });
  }
  insertUpTo(text.length);
  return out;
}

function nest(run: readonly Leaf[], depth: number): Inline[] {
  const nodes: Inline[] = [];
  for (let i = 0; i < run.length; ) {
    const leaf = run[i] as Leaf;
    const wrapper = leaf.wrappers[depth];
    if (!wrapper) {
      const last = nodes.at(-1);
      if (leaf.content.type === "text" && last?.type === "text")
        nodes[nodes.length - 1] = { type: "text", text: last.text + leaf.content.text };
      else nodes.push(leaf.content);
      i++;
      continue;
    }
    let j = i + 1;
    while (j < run.length && (run[j] as Leaf).wrappers[depth] === wrapper) j++;
    const children = nest(run.slice(i, j), depth + 1);
    nodes.push(
      "note" in wrapper
        ? { type: "highlight", note: wrapper.note, children }
        : { type: "mark", mark: wrapper, children },
    );
    i = j;
  }
  return nodes;
}

/**
 * Cuts text at every sentence, note and mark boundary and nests the runs as they render: claim spans
 * outermost, then the words an editor's note comments on, then links, emphasis and the other marks
 * (a mark across a sentence boundary becomes one element in each sentence). Every character of the
 * text is kept, in order; notes' numbers and line breaks are placed where they occur.
 */
export function inlineSegments(source: InlineSource, options: SegmentOptions = {}): Segment[] {
  const segments: { claim: Claim | undefined; leaves: Leaf[] }[] = [];
  for (const leaf of leaves(source, options)) {
    const last = segments.at(-1);
    if (last && last.claim === leaf.claim) last.leaves.push(leaf);
    else segments.push({ claim: leaf.claim, leaves: [leaf] });
  }
  return segments.map(({ claim, leaves: run }) => ({ ...(claim && { claim }), children: nest(run, 0) }));
}

/** A paragraph's inline content as segments: its claims, marks, notes and (for verse) line breaks. */
export function paragraphSegments(
  paragraph: Paragraph,
  notes: readonly EditionNote[] = [],
  footnotes?: ReadonlyMap<string, EditionNote>,
): Segment[] {
  return inlineSegments(
    {
      text: paragraph.text,
      marks: paragraph.marks ?? [],
      claims: paragraph.analysed === false ? [] : paragraph.claims,
    },
    { notes, ...(footnotes && { footnotes }), verse: paragraph.type === "verse" },
  );
}

/** Text with inline marks and no claims or notes (a table cell, a caption, a heading), as nested nodes. */
export function inlineNodes(
  text: string,
  marks: readonly InlineMark[] = [],
  footnotes?: ReadonlyMap<string, EditionNote>,
): Inline[] {
  return inlineSegments({ text, marks }, footnotes ? { footnotes } : {}).flatMap((segment) => segment.children);
}

/** The nodes' text when they are nothing but text (most prose), so a page can print it without rendering inline nodes. */
export function onlyText(nodes: readonly Inline[]): string | undefined {
  let text = "";
  for (const node of nodes) {
    if (node.type !== "text") return undefined;
    text += node.text;
  }
  return text;
}
