import type { Html, RootContent } from "mdast";

// Elements whose meaning lies in the whole: a caption belongs to its figure, a quote's paragraphs
// to the quote. Markdown ends an HTML block at a blank line, so `<figure>`, the image, the
// `<figcaption>` and `</figure>` arrive as separate blocks; these are joined again. Other wrappers
// (`<div>`, `<details>`, …) are read piece by piece, which keeps the Markdown between their tags
// able to use the essay's link reference definitions.
const CONTAINERS = ["figure", "blockquote"] as const;

/**
 * Joins a figure or block quote that blank lines split into several top-level blocks back into one
 * HTML block, from its opening tag to its closing one, marked `markdown="1"` so that the Markdown
 * between the tags (an image, a paragraph) is still read as Markdown. An element that never closes
 * is left as it was.
 */
export function joinSplitContainers(children: readonly RootContent[], source: string): RootContent[] {
  const joined: RootContent[] = [];
  for (let i = 0; i < children.length; i++) {
    const node = children[i] as RootContent;
    const tag = node.type === "html" ? openedContainer(node.value) : undefined;
    const end = tag === undefined ? -1 : closingIndex(children, i, tag);
    const first = node.position?.start.offset;
    const last = children[end]?.position?.end.offset;
    if (tag === undefined || end < 0 || first === undefined || last === undefined) {
      joined.push(node);
      continue;
    }
    // Every opening tag of the element, nested ones too, has Markdown between its tags.
    const value = source.slice(first, last).replace(new RegExp(`<${tag}\\b`, "gi"), `<${tag} markdown="1"`);
    const html: Html = { type: "html", value, ...(node.position && { position: node.position }) };
    joined.push(html);
    i = end;
  }
  return joined;
}

/** The container that `html` opens at its start and leaves open, if any. */
function openedContainer(html: string): string | undefined {
  for (const tag of CONTAINERS) {
    if (!new RegExp(`^\\s*<${tag}\\b`, "i").test(html)) continue;
    if (balance(html, tag) > 0) return tag;
  }
  return undefined;
}

/** The index of the block that closes the `tag` opened at `from`, or -1. */
function closingIndex(children: readonly RootContent[], from: number, tag: string): number {
  let depth = 0;
  for (let j = from; j < children.length; j++) {
    const node = children[j] as RootContent;
    if (node.type !== "html") continue;
    depth += balance(node.value, tag);
    if (depth <= 0) return j;
  }
  return -1;
}

/** Opening tags minus closing tags of `tag` in `html`. */
function balance(html: string, tag: string): number {
  const opens = html.match(new RegExp(`<${tag}\\b`, "gi"))?.length ?? 0;
  const closes = html.match(new RegExp(`</${tag}\\s*>`, "gi"))?.length ?? 0;
  return opens - closes;
}
