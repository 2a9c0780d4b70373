/**
 * Copying from the text copies the essay's words only: no ¶ numbers, note numbers, note texts
 * or margin links. A selection inside one note copies that note as it is.
 */
const FURNITURE = ".sidenote, .note-number, .note-toggle, .pnum, .xrefs, .note-more";

document.addEventListener("copy", (event) => {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || !event.clipboardData) return;
  const range = selection.getRangeAt(0);
  const common = range.commonAncestorContainer;
  const within = common instanceof Element ? common : common.parentElement;
  if (!within?.closest(".essay-body") && !within?.querySelector(".essay-body")) return;
  if (within.closest(".sidenote")) return;
  const holder = document.createElement("div");
  holder.className = "copy-holder";
  holder.append(range.cloneContents());
  for (const extra of holder.querySelectorAll(FURNITURE)) extra.remove();
  document.body.append(holder);
  // biome-ignore lint/performance/useDomNodeTextContent: innerText turns paragraphs into line breaks, textContent would run them together
  const text = holder.innerText.replace(/\n{3,}/g, "\n\n").trim();
  const html = holder.innerHTML;
  holder.remove();
  event.clipboardData.setData("text/plain", text);
  event.clipboardData.setData("text/html", html);
  event.preventDefault();
});
