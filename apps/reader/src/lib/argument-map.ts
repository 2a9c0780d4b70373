import type { ClaimKind, Essay, ParagraphId } from "@scholia/essay";
import { KIND_STYLES } from "./claim-kinds.ts";

/** One sentence's mark in the argument map. */
export interface MapMark {
  readonly kind: ClaimKind;
  readonly thesis: boolean;
  readonly sentence: number;
  readonly y: number;
  /** The mark's outline: a different shape per kind, so colour is never the only cue. */
  readonly path: string;
}

/** One paragraph's column of marks. */
export interface MapColumn {
  readonly paragraphId: ParagraphId;
  readonly index: number;
  readonly x: number;
  /** The column's accessible name: the paragraph and its sentences' kinds. */
  readonly label: string;
  readonly marks: readonly MapMark[];
}

/** The whole map's geometry, in SVG user units. */
export interface MapLayout {
  readonly width: number;
  readonly height: number;
  readonly size: number;
  readonly columnWidth: number;
  readonly columns: readonly MapColumn[];
}

const SIZE = 12;
const GAP = 4;
const COLUMN = 22;
const LABEL = 14;

/** Shape per kind, drawn in a SIZE×SIZE box at (x, y). */
export function markPath(kind: ClaimKind, x: number, y: number, s = SIZE): string {
  const h = s / 2;
  switch (kind) {
    case "recommendation":
      return `M${x} ${y}h${s}v${s}h${-s}z`;
    case "prediction":
      return `M${x + h} ${y}L${x + s} ${y + s}H${x}z`;
    case "evidence":
      return `M${x} ${y + h}a${h} ${h} 0 1 0 ${s} 0a${h} ${h} 0 1 0 ${-s} 0z`;
    case "attribution":
      return `M${x + h} ${y}L${x + s} ${y + h}L${x + h} ${y + s}L${x} ${y + h}z`;
    case "concession":
      return `M${x} ${y + h - 2}h${s}v4h${-s}z M${x + h - 2} ${y}h4v${s}h-4z`;
    case "assessment":
      return `M${x + 2} ${y + 2}h${s - 4}v${s - 4}h${-(s - 4)}z`;
  }
}

/** Lays out the argument map: one column per paragraph, one mark per sentence, top to bottom. */
export function mapLayout(essay: Essay): MapLayout {
  const tallest = Math.max(1, ...essay.paragraphs.map((paragraph) => paragraph.claims.length));
  const columns = essay.paragraphs.map((paragraph, i): MapColumn => {
    const x = i * COLUMN + 4;
    const marks = paragraph.claims.map((claim, j) => ({
      kind: claim.kind,
      thesis: claim.thesis,
      sentence: j + 1,
      y: j * (SIZE + GAP) + 4,
      path: markPath(claim.kind, x, j * (SIZE + GAP) + 4),
    }));
    const kinds = paragraph.claims.map((claim) => KIND_STYLES[claim.kind].label.toLowerCase()).join(", ");
    const thesis = paragraph.claims.some((claim) => claim.thesis) ? "; has the thesis" : "";
    return {
      paragraphId: paragraph.id,
      index: paragraph.index,
      x,
      marks,
      label: `Paragraph ${paragraph.index}: ${kinds}${thesis}`,
    };
  });
  return {
    width: Math.max(COLUMN, essay.paragraphs.length * COLUMN + 4),
    height: tallest * (SIZE + GAP) + 4 + LABEL,
    size: SIZE,
    columnWidth: COLUMN,
    columns,
  };
}
