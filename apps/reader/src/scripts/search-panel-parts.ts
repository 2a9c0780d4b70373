/** The label of the folded filters. */
export const FILTERS_LABEL = "Filter passages by claim kind, actor…";

/** The search box: the one already in `root` (the dialog's, so typing works at once), or a new one. */
function searchBox(root: HTMLElement): { box: HTMLElement; input: HTMLInputElement } {
  const existing = root.querySelector<HTMLElement>(".search-form");
  const input = existing?.querySelector<HTMLInputElement>("input[type=search]");
  if (existing && input) return { box: existing, input };
  const id = `${root.id || "search"}-input`;
  // <search> rather than <form>: results follow the typing, there is nothing to submit.
  const box = Object.assign(document.createElement("search"), { className: "search-form" });
  const label = Object.assign(document.createElement("label"), { className: "visually-hidden", htmlFor: id });
  label.textContent = "Search passages";
  const created = Object.assign(document.createElement("input"), {
    id,
    type: "search",
    name: "q",
    autocomplete: "off",
    spellcheck: false,
    placeholder: "Search passages…",
  });
  box.append(label, created);
  return { box, input: created };
}

/** Builds the panel's parts inside `root`: search box, aria-live status, folded filters, results, "Show more". */
export function panelElements(root: HTMLElement) {
  const { box, input } = searchBox(root);
  input.setAttribute("aria-controls", `${input.id}-results`);
  const status = Object.assign(document.createElement("p"), { className: "search-status", role: "status" });
  status.setAttribute("aria-live", "polite");
  const facets = Object.assign(document.createElement("div"), { className: "search-facets" });
  // The facets fold away behind a summary: their counts need the filter index, loaded on opening.
  const filters = Object.assign(document.createElement("details"), { className: "search-filters", hidden: true });
  const summary = Object.assign(document.createElement("summary"), { textContent: FILTERS_LABEL });
  filters.append(summary, facets);
  const results = Object.assign(document.createElement("ol"), {
    className: "search-results",
    id: `${input.id}-results`,
  });
  results.setAttribute("aria-label", "Passages found");
  const more = Object.assign(document.createElement("button"), { type: "button", className: "search-more" });
  more.textContent = "Show more passages";
  more.hidden = true;
  const body = Object.assign(document.createElement("div"), { className: "search-body" });
  const list = Object.assign(document.createElement("div"), { className: "search-list" });
  list.append(results, more);
  body.append(filters, list);
  // Re-inserting the box that holds the caret would blur it: keep the dialog's box in place.
  if (box.parentElement === root) box.after(status, body);
  else root.replaceChildren(box, status, body);
  return { box, input, status, filters, summary, facets, results, more };
}

/** Moves focus between the search box and the result links with the arrow keys. */
export function arrowKeys(input: HTMLInputElement, results: HTMLOListElement): void {
  const links = () => [...results.querySelectorAll<HTMLAnchorElement>(".search-result-link")];
  input.addEventListener("keydown", (event) => {
    if (event.key !== "ArrowDown") return;
    const first = links()[0];
    if (!first) return;
    event.preventDefault();
    first.focus();
  });
  results.addEventListener("keydown", (event) => {
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (at < 0) return;
    event.preventDefault();
    const next = all[at + (event.key === "ArrowDown" ? 1 : -1)];
    (next ?? (event.key === "ArrowUp" ? input : all[at]))?.focus();
  });
}
