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
 * Cuts a paragraph's text at every sentence and note boundary, so that notes' quotes can be
 * marked inside sentence spans (a quote across two sentences is marked in two runs) while
 * every character of the text is kept, in order.
 */
export function paragraphSegments(paragraph: Paragraph, notes: readonly AnchoredNote[]): Segment[] {
  const text = paragraph.text;
  const cuts = new Set([0, text.length]);
  for (const claim of paragraph.claims) cuts.add(claim.start).add(claim.end);
  for (const note of notes) cuts.add(note.start).add(note.end);
  const points = [...cuts].filter((at) => at >= 0 && at <= text.length).sort((a, b) => a - b);
  const segments: { claim?: Claim; pieces: Piece[] }[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    const claim = paragraph.claims.find((c) => c.start <= start && end <= c.end);
    const note = notes.find((n) => n.start <= start && end <= n.end);
    const piece: Piece = {
      text: text.slice(start, end),
      ...(note && { note }),
      ...(note && note.end === end && { closes: note }),
    };
    const last = segments.at(-1);
    if (last && last.claim === claim) last.pieces.push(piece);
    else segments.push({ ...(claim && { claim }), pieces: [piece] });
  }
  return segments;
}
