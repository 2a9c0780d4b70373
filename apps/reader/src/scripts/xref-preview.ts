/**
 * Cross-reference previews: hovering, focusing or tapping a link to another paragraph shows
 * that paragraph in one popover (never stacked), with its formatting and claim spans, a link to
 * it and to its passage page, placed by CSS anchor positioning. The pointer may move into the
 * preview; leaving both, after a short grace, or Esc closes it. Without JavaScript the links are
 * plain links to #pN.
 */
const GRACE = 300;
const preview = document.createElement("div");
preview.id = "xref-preview";
preview.className = "xref-preview";
preview.setAttribute("popover", "manual");
preview.setAttribute("role", "group");
document.body.append(preview);

let current: HTMLAnchorElement | undefined;
let hideTimer: number | undefined;
const anchored = CSS.supports("anchor-name: --a");

/** A table's, code block's or figure's preview, in words: what it is, then what names it (see block-preview.ts). */
function blockWords(passage: HTMLElement, kind: string): HTMLParagraphElement {
  const line = document.createElement("p");
  const text = passage.dataset.previewText ?? "";
  const label = Object.assign(document.createElement("span"), {
    className: "preview-kind",
    textContent: text === "" ? kind : `${kind}: `,
  });
  line.append(label);
  if (text === "") return line;
  if (passage.dataset.previewCode === undefined) line.append(text);
  else line.append(Object.assign(document.createElement("code"), { className: "preview-code", textContent: text }));
  return line;
}

function passageCopy(id: string): HTMLElement | undefined {
  const passage = document.getElementById(id);
  const kind = passage?.dataset.previewKind;
  if (passage && kind !== undefined) return blockWords(passage, kind);
  const paragraph = passage?.querySelector(":scope > p");
  if (!paragraph) return undefined;
  const copy = paragraph.cloneNode(true) as HTMLElement;
  for (const extra of copy.querySelectorAll(".sidenote, .note-number, .note-toggle, .note-more")) extra.remove();
  // Ids must stay unique on the page; the copy's claim spans keep their kinds and classes.
  for (const element of [copy, ...copy.querySelectorAll("[id]")]) element.removeAttribute("id");
  for (const element of copy.querySelectorAll("[title]")) element.removeAttribute("title");
  return copy;
}

function head(id: string): HTMLParagraphElement {
  const line = document.createElement("p");
  line.className = "preview-head";
  const here = document.createElement("a");
  here.href = `#${id}`;
  here.textContent = `¶${id.slice(1)}`;
  const page = document.createElement("a");
  page.href = new URL(`${id}/`, window.location.href.replace(/[?#].*$/, "")).pathname;
  page.textContent = "passage page";
  line.append(here, " · ", page);
  return line;
}

function show(link: HTMLAnchorElement): void {
  window.clearTimeout(hideTimer);
  if (current === link) return;
  hide();
  const id = link.dataset.preview ?? "";
  const copy = passageCopy(id);
  if (!copy) return;
  preview.replaceChildren(head(id), copy);
  preview.setAttribute("aria-label", `Preview of paragraph ${id.slice(1)}`);
  link.style.setProperty("anchor-name", "--xref-anchor");
  preview.showPopover();
  if (!anchored) {
    const box = link.getBoundingClientRect();
    const width = Math.min(window.innerWidth - 16, 28 * 16);
    preview.style.left = `${Math.max(8, Math.min(box.left, window.innerWidth - width - 8))}px`;
    preview.style.top = `${box.bottom + 6}px`;
  }
  current = link;
}

function hide(): void {
  window.clearTimeout(hideTimer);
  if (!current) return;
  current.style.removeProperty("anchor-name");
  current = undefined;
  if (preview.matches(":popover-open")) preview.hidePopover();
}

function hideSoon(): void {
  window.clearTimeout(hideTimer);
  hideTimer = window.setTimeout(hide, GRACE);
}

function linkOf(target: EventTarget | null): HTMLAnchorElement | undefined {
  return target instanceof Element ? (target.closest<HTMLAnchorElement>("a[data-preview]") ?? undefined) : undefined;
}

const inPreview = (target: EventTarget | null) => target instanceof Node && preview.contains(target);

document.addEventListener("pointerover", (event) => {
  if (event.pointerType !== "mouse") return;
  const link = linkOf(event.target);
  if (link) show(link);
  else if (inPreview(event.target)) window.clearTimeout(hideTimer);
});
document.addEventListener("pointerout", (event) => {
  if (event.pointerType !== "mouse" || !current) return;
  const from = linkOf(event.target) === current || inPreview(event.target);
  const to = linkOf(event.relatedTarget) === current || inPreview(event.relatedTarget);
  if (from && !to) hideSoon();
});
document.addEventListener("focusin", (event) => {
  const link = linkOf(event.target);
  if (link) show(link);
  else if (!inPreview(event.target)) hide();
});
document.addEventListener("focusout", (event) => {
  if (linkOf(event.target) && !inPreview(event.relatedTarget)) hideSoon();
});
// On touch, the first tap on a link previews its target; a second tap follows it.
document.addEventListener("click", (event) => {
  const link = linkOf(event.target);
  const touch = (event as PointerEvent).pointerType === "touch";
  if (link && touch && current !== link) {
    event.preventDefault();
    show(link);
  } else if (!link && !inPreview(event.target)) hide();
});
document.addEventListener("keydown", (event) => {
  if (event.key === "Escape" && current) {
    const link = current;
    const focused = inPreview(document.activeElement);
    hide();
    if (focused) link.focus();
  }
});
