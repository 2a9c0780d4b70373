/** Where a text directive matched on a page: how many times, and about the first match. */
export interface DirectiveMatch {
  readonly count: number;
  /** The id of the `.passage` element holding the whole first match, or "" when it spans or lies outside one. */
  readonly passage: string;
  /** Whether the first match runs through a note's number or text. */
  readonly throughNote: boolean;
}

/**
 * Finds a `#:~:text=` directive on the current page the way URL Fragment Text Directives (WICG)
 * match: over the visible text in document order, case-insensitively, on word boundaries, with
 * whitespace collapsed, `prefix-` and `-suffix` adjacent to the match, `textEnd` the first after
 * `textStart`. Runs in the page (serialised by playwright): it refers to nothing outside itself.
 */
export function matchTextDirective(directive: string): DirectiveMatch {
  const terms = directive.split(",").map((term) => decodeURIComponent(term));
  const prefix = terms[0]?.endsWith("-") ? terms.shift()?.slice(0, -1) : undefined;
  const suffix = terms.at(-1)?.startsWith("-") ? terms.pop()?.slice(1) : undefined;
  const [start = "", end] = terms;
  // The page's visible text, each text node's characters mapped back to the node.
  const nodes: Text[] = [];
  let text = "";
  const owners: number[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let previousBlock: Element | null = null;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const parent = node.parentElement;
    if (!parent || parent.closest("script, style, noscript, template") || !parent.checkVisibility()) continue;
    let block: Element | null = parent;
    while (block && getComputedStyle(block).display.startsWith("inline")) block = block.parentElement;
    // A block boundary separates words, as the specification's block-level boundaries do.
    if (previousBlock && block !== previousBlock) {
      text += "\n";
      owners.push(-1);
    }
    previousBlock = block;
    nodes.push(node);
    text += node.data;
    for (let i = 0; i < node.data.length; i++) owners.push(nodes.length - 1);
  }
  const pattern = (term: string): string =>
    term
      .trim()
      .split(/\s+/)
      .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
      .join("\\s+");
  const boundary = (source: string): string => `(?<![\\p{L}\\p{N}])${source}(?![\\p{L}\\p{N}])`;
  const starts = new RegExp(`${prefix ? `${boundary(pattern(prefix))}\\s*` : ""}(${boundary(pattern(start))})`, "giu");
  const ranges: [number, number][] = [];
  for (const found of text.matchAll(starts)) {
    const from = (found.index ?? 0) + found[0].length - (found[1]?.length ?? 0);
    let to = from + (found[1]?.length ?? 0);
    if (end) {
      const ends = new RegExp(boundary(pattern(end)), "giu");
      ends.lastIndex = to;
      const last = ends.exec(text);
      if (!last) continue;
      to = last.index + last[0].length;
    }
    if (suffix && !new RegExp(`^\\s*${boundary(pattern(suffix))}`, "iu").test(text.slice(to))) continue;
    ranges.push([from, to]);
  }
  const first = ranges[0];
  if (!first) return { count: 0, passage: "", throughNote: false };
  const touched = new Set(owners.slice(first[0], first[1]).filter((owner) => owner >= 0));
  const elements = [...touched].map((owner) => nodes[owner]?.parentElement);
  const passages = new Set(elements.map((element) => element?.closest(".passage")?.id ?? ""));
  return {
    count: ranges.length,
    passage: passages.size === 1 ? ([...passages][0] ?? "") : "",
    throughNote: elements.some((element) => element?.closest(".note-number, .sidenote")),
  };
}
