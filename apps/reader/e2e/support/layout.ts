import type { Page } from "playwright-core";

/** A laid-out box on the page, in page coordinates, with what it is. */
export interface LaidOutBox {
  readonly what: string;
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** The boxes of every visible element matching `selector`, in page coordinates. */
export function boxesOf(page: Page, selector: string): Promise<LaidOutBox[]> {
  return page.evaluate((wanted) => {
    const found: LaidOutBox[] = [];
    for (const element of document.querySelectorAll(wanted)) {
      const style = getComputedStyle(element);
      if (style.visibility === "hidden" || style.display === "none") continue;
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      const name = element.id ? `#${element.id}` : `${element.className} in #${element.closest("[id]")?.id ?? "?"}`;
      found.push({
        what: name,
        left: box.left + window.scrollX,
        top: box.top + window.scrollY,
        right: box.right + window.scrollX,
        bottom: box.bottom + window.scrollY,
      });
    }
    return found;
  }, selector);
}

/** Every pair of boxes that overlap (by more than half a pixel each way), found by a sweep down the page. */
export function overlaps(boxes: readonly LaidOutBox[]): [string, string][] {
  const sorted = [...boxes].sort((a, b) => a.top - b.top);
  const found: [string, string][] = [];
  const open: LaidOutBox[] = [];
  for (const box of sorted) {
    for (let i = open.length - 1; i >= 0; i--) if ((open[i] as LaidOutBox).bottom <= box.top + 0.5) open.splice(i, 1);
    for (const other of open) {
      const across = Math.min(box.right, other.right) - Math.max(box.left, other.left);
      const down = Math.min(box.bottom, other.bottom) - Math.max(box.top, other.top);
      if (across > 0.5 && down > 0.5) found.push([other.what, box.what]);
    }
    open.push(box);
  }
  return found;
}

/** The median of some numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** WCAG contrast ratio of two CSS colours (`rgb()`/`rgba()` or `color(srgb …)` as getComputedStyle gives them). */
export function contrast(a: string, b: string): number {
  const luminance = (colour: string) => {
    const channels = parseColour(colour).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * (channels[0] ?? 0) + 0.7152 * (channels[1] ?? 0) + 0.0722 * (channels[2] ?? 0);
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

function parseColour(colour: string): number[] {
  const srgb = /color\(srgb ([\d.]+) ([\d.]+) ([\d.]+)/.exec(colour);
  if (srgb) return srgb.slice(1, 4).map(Number);
  const rgb = /rgba?\((\d+), (\d+), (\d+)/.exec(colour);
  if (rgb) return rgb.slice(1, 4).map((v) => Number(v) / 255);
  throw new TypeError(`Cannot read the colour ${colour}`);
}
