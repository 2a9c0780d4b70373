import { excerptNodes } from "./search-excerpt.ts";
import type { PassageHit } from "./search-passages.ts";

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

/** The kinds a passage makes, as chips named like the legend (`Evidence`). */
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

/** The one place an essay's title is rendered in results: the heading of its group. */
function essayTitle(hit: PassageHit): HTMLElement {
  const title = element("p", "search-essay-title");
  title.append(element("span", "search-result-essay", hit.essay));
  // The headline's caveat (headline-caveat.ts) follows the essay's title wherever it is shown.
  if (!hit.caveat) return title;
  const block = element("div", "search-essay-head");
  block.append(title, element("p", "search-result-caveat", hit.caveat));
  return block;
}

/**
 * One passage as a list item: a link to its place on the reading page named by its ¶ number,
 * its claim kinds, its excerpt with the searched words in `<mark>`, and a link to its passage
 * page. Built from text nodes.
 */
export function resultItem(hit: PassageHit): HTMLLIElement {
  const item = element("li", "search-result");
  const paragraph = hit.id.replace(/^p/, "");
  const link = element("a", "search-result-link");
  link.href = hit.url;
  const number = element("span", "search-result-para");
  number.dataset.paragraph = paragraph;
  const pilcrow = element("span", "", `¶${paragraph}`);
  pilcrow.setAttribute("aria-hidden", "true");
  number.append(pilcrow, element("span", "visually-hidden", `${hit.essay}, paragraph ${paragraph}`));
  link.append(number);
  const page = element("a", "search-passage-page", "Passage page");
  page.href = hit.passageUrl;
  page.setAttribute("aria-label", `Passage page of paragraph ${paragraph}`);
  const head = element("div", "search-result-head");
  head.append(link, kindTags(hit.kinds), page);
  const excerpt = element("p", "search-excerpt");
  excerpt.append(excerptNodes(hit.excerpt));
  item.append(head, excerpt);
  return item;
}

/**
 * Adds passages to the results list, each under its essay: the essay's title once, its
 * passages below (Starlight's sub-results). Passages of an essay already shown join its group.
 */
export function appendHits(results: HTMLOListElement, hits: readonly PassageHit[]): void {
  for (const hit of hits) {
    let group = [...results.children].find(
      (child): child is HTMLLIElement => child instanceof HTMLLIElement && child.dataset.essay === hit.slug,
    );
    if (!group) {
      group = element("li", "search-essay");
      group.dataset.essay = hit.slug;
      const passages = element("ol", "search-passages");
      passages.setAttribute("aria-label", `Passages of ${hit.essay}`);
      group.append(essayTitle(hit), passages);
      results.append(group);
    }
    group.querySelector(".search-passages")?.append(resultItem(hit));
  }
}

/** "12 passages found", "1 passage found", that none was, or how many show so far when more remain. */
export function countMessage(count: number, query: string, more = false): string {
  if (count === 0 && !more) return query ? `No passages found for “${query}”` : "No passages match these filters";
  const passages = `${count} passage${count === 1 ? "" : "s"}`;
  return more ? `${passages} shown, more on request` : `${passages} found`;
}
