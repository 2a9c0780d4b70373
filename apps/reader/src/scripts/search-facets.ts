import type { FilterCounts } from "./search-pagefind.ts";
import { FILTER_NAMES, type FilterName, type SearchState } from "./search-state.ts";

const LEGENDS: Record<FilterName, string> = { kind: "Claim kind", actor: "Actor", essay: "Essay" };
const KIND_ORDER = ["recommendation", "prediction", "evidence", "attribution", "concession", "assessment"];
/** How many values of a long facet (actors, essays) show at once; chosen ones always show. */
const MAX_VALUES = 12;

function label(name: FilterName, value: string): string {
  return name === "kind" ? value.charAt(0).toUpperCase() + value.slice(1) : value;
}

function orderedValues(name: FilterName, counts: Record<string, number>, chosen: readonly string[]): string[] {
  const values = Object.keys(counts).filter((value) => (counts[value] ?? 0) > 0 || chosen.includes(value));
  if (name === "kind") return KIND_ORDER.filter((kind) => values.includes(kind));
  const ranked = values.sort((a, b) => (counts[b] ?? 0) - (counts[a] ?? 0) || a.localeCompare(b, "en"));
  const shown = ranked.slice(0, MAX_VALUES);
  return [...shown, ...chosen.filter((value) => !shown.includes(value))];
}

/**
 * Renders the facets (claim kind, actor, essay) as fieldsets of checkboxes labelled with their
 * counts, and calls `onChange` with the new filters when one is ticked or unticked. A facet with
 * a single value across the library (one essay) is left out: it cannot narrow anything.
 */
export function renderFacets(
  container: HTMLElement,
  counts: FilterCounts,
  totals: FilterCounts,
  state: SearchState,
  onChange: (filters: SearchState["filters"]) => void,
): void {
  container.replaceChildren();
  for (const name of FILTER_NAMES) {
    if (Object.keys(totals[name] ?? {}).length < 2) continue;
    const values = orderedValues(name, counts[name] ?? {}, state.filters[name]);
    if (values.length === 0) continue;
    const fieldset = document.createElement("fieldset");
    fieldset.className = "search-facet";
    fieldset.dataset.filter = name;
    fieldset.append(Object.assign(document.createElement("legend"), { textContent: LEGENDS[name] }));
    for (const value of values) {
      const box = Object.assign(document.createElement("input"), { type: "checkbox", name, value });
      box.checked = state.filters[name].includes(value);
      box.addEventListener("change", () => {
        const chosen = state.filters[name].filter((other) => other !== value);
        onChange({ ...state.filters, [name]: box.checked ? [...chosen, value] : chosen });
      });
      const count = Object.assign(document.createElement("span"), {
        className: "search-count",
        textContent: String(counts[name]?.[value] ?? 0),
      });
      const row = document.createElement("label");
      if (name === "kind") row.dataset.kind = value;
      row.append(box, ` ${label(name, value)} `, count);
      fieldset.append(row);
    }
    container.append(fieldset);
  }
}
