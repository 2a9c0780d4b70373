/** A margin of the page: the right one holds notes, the left one links (and notes that overflow). */
export type MarginSide = "left" | "right";

/** One margin item to place: where its line is, and how tall it is (both in page pixels). */
export interface MarginItem {
  /** The top of the line it belongs beside. */
  readonly anchor: number;
  readonly height: number;
  readonly side: MarginSide;
  /** True when the item may be cut to `clampHeight` behind a "more" button (a long note). */
  readonly clampable: boolean;
  /** Its height in the other margin, when it may go there if its own margin is full. */
  readonly otherHeight?: number;
}

/** Where one item goes: its margin and top, whether it is cut short, or folded back into the text. */
export interface MarginPlace {
  readonly side: MarginSide;
  readonly top: number;
  readonly clamped: boolean;
  readonly folded: boolean;
}

/** How the stack resolves collisions. */
export interface StackOptions {
  /** Space between two items. */
  readonly gap: number;
  /** How far below its line an item may be pushed before it goes elsewhere. */
  readonly maxDrift: number;
  /** The height a long item is cut to when it would push the next one down. */
  readonly clampHeight: number;
  /** The margins there are (both on wide screens, only the right one on middling ones). */
  readonly sides: readonly MarginSide[];
}

interface Slot {
  top: number;
  height: number;
  clamped: boolean;
  clampable: boolean;
}

const OTHER = { left: "right", right: "left" } as const;

/**
 * Places margin items (in document order) beside their lines without overlap: each goes at its
 * line or just below the previous item of its margin; a long note that would push the next more
 * than a third of `maxDrift` is cut short; an item that would still land more than `maxDrift` below its line goes to the other
 * margin if it may and fits there, and is folded back into the text otherwise.
 * @example stackMargin([{ anchor: 0, height: 50, side: "right", clampable: false }, { anchor: 10, height: 20, side: "right", clampable: false }], { gap: 8, maxDrift: 100, clampHeight: 40, sides: ["right"] })[1]?.top // 58
 */
export function stackMargin(items: readonly MarginItem[], options: StackOptions): MarginPlace[] {
  const last: Partial<Record<MarginSide, Slot>> = {};
  // Where an item would go in a margin, cutting that margin's last note short if it pushes.
  const attempt = (side: MarginSide, anchor: number) => {
    const previous = last[side];
    const cut =
      previous?.clampable === true &&
      !previous.clamped &&
      previous.height > options.clampHeight * 1.5 &&
      // Pushing the next item a line or two is better than hiding words behind "more".
      previous.top + previous.height + options.gap > anchor + options.maxDrift / 3;
    const bottom = previous ? previous.top + (cut ? options.clampHeight : previous.height) : Number.NEGATIVE_INFINITY;
    return { side, top: Math.max(anchor, bottom + options.gap), cut, previous };
  };
  const placed = items.map((item) => {
    const own = attempt(item.side, item.anchor);
    const other = OTHER[item.side];
    const tries = [{ ...own, height: item.height }];
    if (item.otherHeight !== undefined && options.sides.includes(other))
      tries.push({ ...attempt(other, item.anchor), height: item.otherHeight });
    const chosen = tries.find((candidate) => candidate.top - item.anchor <= options.maxDrift);
    if (!chosen) return { side: item.side, top: own.top, slot: undefined };
    if (chosen.cut && chosen.previous) {
      chosen.previous.clamped = true;
      chosen.previous.height = options.clampHeight;
    }
    const slot = { top: chosen.top, height: chosen.height, clamped: false, clampable: item.clampable };
    last[chosen.side] = slot;
    return { side: chosen.side, top: chosen.top, slot };
  });
  // A note learns that it is cut short only when the next item is placed, hence the second pass.
  return placed.map(({ side, top, slot }) => ({ side, top, clamped: slot?.clamped ?? false, folded: !slot }));
}
