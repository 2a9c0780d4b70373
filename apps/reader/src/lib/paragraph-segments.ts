import type { AnchoredNote, Claim, Paragraph } from "@scholia/essay";

/** A run of a paragraph's text inside one sentence (or between sentences), marked or not. */
export interface Piece {
  readonly text: string;
  /** The note whose quote this run is part of, if any. */
  readonly note?: AnchoredNote;
  /** Set on the run where a note's quote ends: its number and body follow it. */
  readonly closes?: AnchoredNote;
}

/** A sentence (with its claim) or the text between sentences, as runs. */
export interface Segment {
  readonly claim?: Claim;
  readonly pieces: readonly Piece[];
}

/**
 * Where a note's number and text go: after the sentence in which its quote ends, so that a
 * sentence's words stay together for links to them (`#:~:text=`), and a quote ending just
 * before the full stop does not split "regime" from ".".
 * @example noteCloses(paragraph, note) // the end offset of the note's last sentence
 */
export function noteCloses(paragraph: Paragraph, note: AnchoredNote): number {
  const sentence = paragraph.claims.find((claim) => claim.start < note.end && note.end <= claim.end);
  return sentence ? Math.max(note.end, sentence.end) : note.end;
}

/**
 * Cuts a paragraph's text at every sentence and note boundary, so that notes' quotes can be
 * marked inside sentence spans (a quote across two sentences is marked in two runs) while
 * every character of the text is kept, in order. A note's number and text close the run at
 * the end of its sentence (see {@link noteCloses}); when several notes end in one sentence,
 * each further one closes an empty run after it.
 */
export function paragraphSegments(paragraph: Paragraph, notes: readonly AnchoredNote[]): Segment[] {
  const text = paragraph.text;
  const closing = new Map<number, AnchoredNote[]>();
  for (const note of notes) {
    const at = noteCloses(paragraph, note);
    closing.set(at, [...(closing.get(at) ?? []), note]);
  }
  const cuts = new Set([0, text.length, ...closing.keys()]);
  for (const claim of paragraph.claims) cuts.add(claim.start).add(claim.end);
  for (const note of notes) cuts.add(note.start).add(note.end);
  const points = [...cuts].filter((at) => at >= 0 && at <= text.length).sort((a, b) => a - b);
  const segments: { claim?: Claim; pieces: Piece[] }[] = [];
  const push = (claim: Claim | undefined, piece: Piece): void => {
    const last = segments.at(-1);
    if (last && last.claim === claim) last.pieces.push(piece);
    else segments.push({ ...(claim && { claim }), pieces: [piece] });
  };
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    const claim = paragraph.claims.find((c) => c.start <= start && end <= c.end);
    const note = notes.find((n) => n.start <= start && end <= n.end);
    const [first, ...more] = closing.get(end) ?? [];
    push(claim, { text: text.slice(start, end), ...(note && { note }), ...(first && { closes: first }) });
    for (const extra of more) push(claim, { text: "", closes: extra });
  }
  return segments;
}
