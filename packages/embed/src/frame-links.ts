/**
 * Follows a link to a place in the framed page (a footnote's number to its note) by moving focus there instead of
 * navigating: even a fragment navigation would add an entry to the host page's history, so Back would stay on the host.
 */
export function focusInFrame(win: Window): void {
  win.document.addEventListener("click", (event) => {
    const link = (event.target as Element | null)?.closest?.("a[href^='#']");
    // The notes' ids are plain ASCII (`note-fn1`), so the fragment is the id as it stands.
    const target = link && win.document.getElementById(link.getAttribute("href")?.slice(1) ?? "");
    if (!target) return;
    event.preventDefault();
    target.focus();
  });
}
