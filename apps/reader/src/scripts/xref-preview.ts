/**
 * Cross-reference previews: hovering, focusing or tapping a link to another paragraph shows
 * that paragraph's text in one popover (never stacked), placed by CSS anchor positioning;
 * Esc or leaving closes it. Without JavaScript the links are plain links to #pN.
 */
const preview = document.createElement("div");
preview.id = "xref-preview";
preview.className = "xref-preview";
preview.setAttribute("popover", "manual");
preview.setAttribute("role", "tooltip");
document.body.append(preview);

let current: HTMLAnchorElement | undefined;
let hideTimer: number | undefined;
const anchored = CSS.supports("anchor-name: --a");

function passageText(id: string): string {
  const paragraph = document.getElementById(id)?.querySelector(":scope > p");
  if (!paragraph) return "";
  const copy = paragraph.cloneNode(true) as HTMLElement;
  for (const extra of copy.querySelectorAll(".sidenote, .note-number, .note-toggle")) extra.remove();
  const text = (copy.textContent ?? "").replace(/\s+/g, " ").trim();
  return text.length > 420 ? `${text.slice(0, 419).replace(/\s+\S*$/, "")} …` : text;
}

function show(link: HTMLAnchorElement): void {
  window.clearTimeout(hideTimer);
  if (current === link) return;
  hide();
  const id = link.dataset.preview ?? "";
  const text = passageText(id);
  if (!text) return;
  preview.replaceChildren();
  const head = document.createElement("strong");
  head.textContent = `¶${id.slice(1)} `;
  preview.append(head, text);
  link.style.setProperty("anchor-name", "--xref-anchor");
  link.setAttribute("aria-describedby", preview.id);
  preview.showPopover();
  if (!anchored) {
    const box = link.getBoundingClientRect();
    const width = Math.min(window.innerWidth - 16, 26 * 16);
    preview.style.left = `${Math.max(8, Math.min(box.left, window.innerWidth - width - 8))}px`;
    preview.style.top = `${box.bottom + 6}px`;
  }
  current = link;
}

function hide(): void {
  if (!current) return;
  current.style.removeProperty("anchor-name");
  current.removeAttribute("aria-describedby");
  current = undefined;
  if (preview.matches(":popover-open")) preview.hidePopover();
}

function linkOf(target: EventTarget | null): HTMLAnchorElement | undefined {
  return target instanceof Element ? (target.closest<HTMLAnchorElement>("a[data-preview]") ?? undefined) : undefined;
}

document.addEventListener("pointerover", (event) => {
  const link = linkOf(event.target);
  if (link && event.pointerType === "mouse") show(link);
});
document.addEventListener("pointerout", (event) => {
  if (linkOf(event.target) && event.pointerType === "mouse") hideTimer = window.setTimeout(hide, 150);
});
document.addEventListener("focusin", (event) => {
  const link = linkOf(event.target);
  if (link) show(link);
  else hide();
});
document.addEventListener("focusout", (event) => {
  if (linkOf(event.target)) hideTimer = window.setTimeout(hide, 150);
});
// On touch, the first tap on a link previews its target; a second tap follows it.
document.addEventListener("click", (event) => {
  const link = linkOf(event.target);
  const touch = (event as PointerEvent).pointerType === "touch";
  if (link && touch && current !== link) {
    event.preventDefault();
    show(link);
  } else if (!link) hide();
});
document.addEventListener("keydown", (event) => {
  if (event.key === "Escape" && current) hide();
});
