import { excerptNodes } from "./search-excerpt.ts";
import type { PassageData } from "./search-pagefind.ts";

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The kinds a passage makes, as tags named like the legend (`Evidence`). */
function kindTags(kinds: readonly string[]): HTMLUListElement {
  const list = element("ul", "search-kinds");
  list.setAttribute("aria-label", "Claim kinds");
  for (const kind of kinds) {
    const tag = element("li", "search-kind", kind.charAt(0).toUpperCase() + kind.slice(1));
    tag.dataset.kind = kind;
    list.append(tag);
  }
  return list;
}

/**
 * One result as a list item: a link named by the essay and the ¶ number (from the URL's
 * `#p<n>`), the claim kinds of the passage, and its excerpt with the searched words in
 * `<mark>`. Built from text nodes.
 */
export function resultItem(data: PassageData): HTMLLIElement {
  const item = element("li", "search-result");
  const paragraph = /#p(\d+)$/.exec(data.url)?.[1] ?? "";
  const link = element("a", "search-result-link");
  link.href = data.url;
  link.append(element("span", "search-result-essay", data.filters.essay?.[0] ?? ""), " ");
  const number = element("span", "search-result-para");
  number.dataset.paragraph = paragraph;
  const pilcrow = element("span", "", `¶${paragraph}`);
  pilcrow.setAttribute("aria-hidden", "true");
  number.append(pilcrow, element("span", "visually-hidden", `paragraph ${paragraph}`));
  link.append(number);
  const excerpt = element("p", "search-excerpt");
  excerpt.append(excerptNodes(data.excerpt));
  item.append(link);
  // The headline's caveat (headline-caveat.ts) follows the essay's title wherever it is shown.
  const caveat = data.filters.caveat?.[0];
  if (caveat) item.append(element("p", "search-result-caveat", caveat));
  item.append(kindTags(data.filters.kind ?? []), excerpt);
  return item;
}

/** "12 passages found", "1 passage found", or that none was. */
export function countMessage(count: number, query: string): string {
  if (count === 0) return query ? `No passages found for “${query}”` : "No passages match these filters";
  return `${count} passage${count === 1 ? "" : "s"} found`;
}
