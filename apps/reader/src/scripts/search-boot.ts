// The only search code a page loads up front: it opens search on demand (the header link or
// the "/" key), and lights up searched words on a page reached from a result.
// It imports nothing statically, so that it stays a few hundred bytes.

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

function openSearch(event: Event): void {
  event.preventDefault();
  const dialog = document.getElementById("search-dialog") as HTMLDialogElement | null;
  // On the search page, its own box; elsewhere the dialog, opened at once so no keystroke is lost.
  const onPage = document.querySelector<HTMLInputElement>("#search-page input");
  if (!onPage && dialog && !dialog.open) dialog.showModal();
  const input = onPage ?? dialog?.querySelector("input");
  input?.focus();
  input?.select();
  if (!onPage) void import("./search-ui.ts").then((ui) => ui.attachSearchDialog());
}

document.addEventListener("click", (event) => {
  const link = event.target instanceof Element && event.target.closest("a.search-link");
  if (link && event.button === 0 && !(event.ctrlKey || event.metaKey || event.shiftKey || event.altKey))
    openSearch(event);
});

// Pointing at or tabbing to the Search link starts loading search, so the dialog opens on a
// loaded index; once is enough.
function preload(event: Event): void {
  if (!(event.target instanceof Element && event.target.closest("a.search-link"))) return;
  document.removeEventListener("pointerover", preload);
  document.removeEventListener("focusin", preload);
  void import("./search-ui.ts").then((ui) => ui.preloadSearch());
}
document.addEventListener("pointerover", preload);
document.addEventListener("focusin", preload);

document.addEventListener("keydown", (event) => {
  if (event.key === "/" && !(event.ctrlKey || event.metaKey || event.altKey) && !isTyping(event.target))
    openSearch(event);
});

// HIGHLIGHT_PARAM of search-state.ts, spelled out to keep this file free of static imports.
const highlightParam = "highlight";
if (new URLSearchParams(location.search).has(highlightParam))
  void import("./search-highlight.ts").then((module) => module.highlightSearchedWords(highlightParam));
