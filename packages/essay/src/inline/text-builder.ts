import type { InlineMark, SpanMark } from "../types.ts";

/** A block's plain text and the inline marks over it. */
export interface MarkedText {
  readonly text: string;
  readonly marks: readonly InlineMark[];
}

const SPACE_RUN = /[ \t\n\f\r]+/g;
const NEEDS_FOLDING = /[\t\n\f\r]| {2}/;

/**
 * Builds a block's plain text from pieces while recording inline marks as offsets into it.
 * Runs of ASCII whitespace fold to one space and the ends are trimmed, as `foldWhitespace` does,
 * so the text equals the old text-only model's while the marks stay true.
 */
export class TextBuilder {
  private readonly parts: string[] = [];
  private size = 0;
  private spaceAtEnd = true;
  private readonly marks: InlineMark[] = [];

  /** The current length of the text: where a mark opened now would start. */
  get offset(): number {
    return this.size;
  }

  /** Appends text, folding whitespace. */
  text(value: string): void {
    // Most pieces hold single spaces only, which folding leaves as they are: no copy is made of them.
    let folded = NEEDS_FOLDING.test(value) ? value.replace(SPACE_RUN, " ") : value;
    if (this.spaceAtEnd && folded.startsWith(" ")) folded = folded.slice(1);
    if (folded === "") return;
    this.parts.push(folded);
    this.size += folded.length;
    this.spaceAtEnd = folded.endsWith(" ");
  }

  /** Records a span mark from `start` to the current offset (nothing when it would be empty). */
  span(type: SpanMark["type"], start: number): void {
    if (this.size > start) this.marks.push({ type, start, end: this.size });
  }

  /** Records a link from `start` to the current offset. */
  link(start: number, href: string, title?: string | null): void {
    if (this.size <= start) return;
    this.marks.push({ type: "link", start, end: this.size, href, ...(title ? { title } : {}) });
  }

  /** Records a zero-width footnote reference at the current offset; `footnote` is the source label until numbered. */
  footnoteRef(footnote: string): void {
    const at = this.spaceAtEnd && this.size > 0 ? this.size - 1 : this.size;
    this.marks.push({ type: "footnote-ref", start: at, end: at, footnote });
  }

  /** A hard line break: a zero-width mark at the space that stands for it in the text. */
  lineBreak(): void {
    if (this.size === 0) return;
    if (!this.spaceAtEnd) this.text(" ");
    const at = this.size - 1;
    const last = this.marks.at(-1);
    if (last?.type === "break" && last.start === at) return;
    this.marks.push({ type: "break", start: at, end: at });
  }

  /** The finished text, trimmed, with its marks clamped to it and sorted (outer marks first). */
  finish(): MarkedText {
    let text = this.parts.join("");
    if (text.endsWith(" ")) text = text.slice(0, -1);
    const length = text.length;
    const marks: InlineMark[] = [];
    for (const mark of this.marks) {
      if (mark.type === "break") {
        if (mark.start > 0 && mark.start < length) marks.push(mark);
        continue;
      }
      if (mark.type === "footnote-ref") {
        marks.push(mark.start > length ? { ...mark, start: length, end: length } : mark);
        continue;
      }
      const end = Math.min(mark.end, length);
      if (end > mark.start) marks.push(end === mark.end ? mark : { ...mark, end });
    }
    marks.sort((a, b) => a.start - b.start || b.end - a.end);
    return { text, marks };
  }
}

/** Shifts marks by `delta` (for text placed after other text). */
export function shiftMarks(marks: readonly InlineMark[], delta: number): InlineMark[] {
  return marks.map((mark) => ({ ...mark, start: mark.start + delta, end: mark.end + delta }));
}
