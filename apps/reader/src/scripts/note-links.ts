/**
 * Links each note to its reference and its quoted words: pointing at or focusing any of them
 * highlights all three. Esc closes an open (folded) note and returns focus to its toggle.
 */
function noteNumber(target: EventTarget | null): string | undefined {
  const host =
    target instanceof Element ? target.closest<HTMLElement>(".note-number, .sidenote, mark.note-mark") : null;
  if (!host) return undefined;
  if (host.tagName === "MARK") return host.dataset.note;
  return /^note-(\d+)/.exec(host.id)?.[1];
}

let linked: string | undefined;

function link(n: string | undefined): void {
  if (n === linked) return;
  for (const element of document.querySelectorAll(".linked")) element.classList.remove("linked");
  linked = n;
  if (n === undefined) return;
  for (const element of document.querySelectorAll(`#note-${n}, #note-${n}-ref, mark.note-mark[data-note="${n}"]`))
    element.classList.add("linked");
}

for (const type of ["pointerover", "focusin"] as const)
  document.addEventListener(type, (event) => link(noteNumber(event.target)));
document.addEventListener("pointerout", (event) => {
  if (noteNumber(event.relatedTarget) !== linked) link(undefined);
});

document.addEventListener("keydown", (event) => {
  if (event.key !== "Escape") return;
  for (const toggle of document.querySelectorAll<HTMLInputElement>(".note-toggle:checked")) {
    const inside = toggle.nextElementSibling?.contains(document.activeElement) || document.activeElement === toggle;
    toggle.checked = false;
    toggle.dispatchEvent(new Event("change", { bubbles: true }));
    if (inside) toggle.focus();
  }
});
