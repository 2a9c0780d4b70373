import { type MarginItem, stackMargin } from "./margin-stack.ts";

/**
 * Places the edition's margin items beside their lines: notes in the right margin at their
 * reference, links in the left margin at their paragraph. Items CSS keeps in the flow (narrow
 * screens, folded items) are left alone; the stack itself is margin-stack.ts.
 */
const body = document.querySelector<HTMLElement>(".essay-body");
const root = document.documentElement;

interface Placed {
  readonly element: HTMLElement;
  readonly item: MarginItem;
  /** The page box of the element's containing block, which `style.top` and `left` are relative to. */
  readonly origin: { readonly top: number; readonly left: number };
}

function outOfFlow(element: HTMLElement): boolean {
  return !element.classList.contains("fold") && getComputedStyle(element).position === "absolute";
}

/** A length custom property of the root (in rem) in pixels, or undefined when it is not set. */
function length(name: string): number | undefined {
  const value = Number.parseFloat(getComputedStyle(root).getPropertyValue(name));
  return Number.isFinite(value) ? value * Number.parseFloat(getComputedStyle(root).fontSize) : undefined;
}

function origin(element: HTMLElement): Placed["origin"] {
  const parent = (element.offsetParent as HTMLElement | null) ?? root;
  const box = parent.getBoundingClientRect();
  return { top: box.top + window.scrollY + parent.clientTop, left: box.left + parent.clientLeft };
}

function fold(element: HTMLElement): void {
  element.classList.add("fold");
  element.classList.remove("left", "clamped");
  element.style.removeProperty("top");
  element.style.removeProperty("left");
  if (!element.classList.contains("sidenote")) return;
  const n = element.id.slice("note-".length);
  document.getElementById(`note-${n}-ref`)?.classList.add("fold");
  document.getElementById(`note-${n}-toggle`)?.classList.add("fold");
}

function expand(note: HTMLElement): void {
  note.dataset.expanded = "";
  note.classList.remove("clamped");
  note.querySelector(".note-more")?.remove();
  schedule();
}

function moreButton(note: HTMLElement, wanted: boolean): void {
  const existing = note.querySelector(".note-more");
  if (!wanted || existing) {
    if (!wanted) existing?.remove();
    return;
  }
  const button = document.createElement("button");
  button.type = "button";
  button.className = "note-more";
  const which = document.createElement("span");
  which.className = "visually-hidden";
  which.textContent = ` of note ${note.id.slice("note-".length)}`;
  button.append("more", which);
  button.addEventListener("click", () => expand(note));
  note.append(button);
}

/** Reads every item's line and size (one layout), stacks them, then writes (no reads between). */
function round(): number {
  if (!body) return 0;
  const all = [...body.querySelectorAll<HTMLElement>(".sidenote, .passage > .xrefs")];
  const items = all.filter(outOfFlow);
  for (const element of all) element.classList.remove("left", "clamped");
  // Back in the flow (the window narrowed): no place, no cut, no "more".
  for (const element of all.filter((each) => !items.includes(each))) {
    element.style.removeProperty("top");
    element.style.removeProperty("left");
    element.querySelector(".note-more")?.remove();
  }
  const bodyBox = body.getBoundingClientRect();
  const [gutter, margin, xmargin, xgutter] = ["--gutter", "--margin", "--xmargin", "--xgutter"].map(length);
  const both = xmargin !== undefined && xgutter !== undefined && margin !== undefined;
  let line = 16;
  const placed: Placed[] = [];
  for (const element of items) {
    const note = element.classList.contains("sidenote");
    const anchor = note
      ? document.getElementById(`${element.id}-ref`)?.getBoundingClientRect().top
      : element.parentElement?.getBoundingClientRect().top;
    if (anchor === undefined) continue;
    if (note) line = Number.parseFloat(getComputedStyle(element).lineHeight) || line;
    const height = element.offsetHeight;
    // In the narrower left margin a note runs longer: estimated generously, so it never overlaps.
    const otherHeight = note && both ? Math.ceil((height * margin) / xmargin) * 1.25 + 2 * line : undefined;
    placed.push({
      element,
      origin: origin(element),
      item: {
        anchor: anchor + window.scrollY + (note ? -2 : 4),
        height,
        side: note ? "right" : "left",
        clampable: note && element.dataset.expanded === undefined,
        ...(otherHeight !== undefined && { otherHeight }),
      },
    });
  }
  const places = stackMargin(
    placed.map((each) => each.item),
    { gap: line * 0.6, maxDrift: line * 6, clampHeight: line * 5, sides: both ? ["left", "right"] : ["right"] },
  );
  let folded = 0;
  placed.forEach(({ element, origin: from, item }, i) => {
    const at = places[i];
    if (!at) return;
    if (at.folded) {
      fold(element);
      folded++;
      return;
    }
    element.style.top = `${at.top - from.top}px`;
    // From the text column's edges, whatever box (a quote, a list) holds the item.
    const left = at.side === "right" ? bodyBox.right + (gutter ?? 0) : bodyBox.left - (xgutter ?? 0) - (xmargin ?? 0);
    element.style.left = `${left - from.left}px`;
    element.classList.toggle("left", at.side !== item.side);
    element.classList.toggle("clamped", at.clamped);
    if (item.side === "right") moreButton(element, at.clamped);
  });
  return folded;
}

function layout(): void {
  // A fold moves the text below it: place again until nothing more folds.
  for (let i = 0; i < 4 && round() > 0; i++);
  root.classList.add("margins-placed");
}

let pending = 0;
/** Lays the margins out again at the next frame (after a resize, a fold, a "more"). */
export function schedule(): void {
  if (pending) return;
  pending = requestAnimationFrame(() => {
    pending = 0;
    layout();
  });
}

layout();
if (body) new ResizeObserver(schedule).observe(body);
// Reaching a cut note's hidden words by keyboard shows the whole note.
document.addEventListener("focusin", (event) => {
  const note = event.target instanceof Element ? event.target.closest<HTMLElement>(".sidenote.clamped") : null;
  if (note && !(event.target as Element).matches(".note-more")) expand(note);
});
document.addEventListener("change", (event) => {
  if (event.target instanceof Element && event.target.matches(".note-toggle")) schedule();
});
