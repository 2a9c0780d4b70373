import type { Block } from "./blocks.ts";

// "By Jane Doe", "By: Jane Doe", "— by Jane Doe" and the same in a few other languages.
const BYLINE = /^[-–—\s]*(?:[Bb][Yy]|[Pp]ar|[Vv]on|[Dd]oor|[Dd]i|[Pp]or|[Aa][fv])\s*:?\s+(.{2,120}?)[.\s]*$/u;
// The words of a name: capitalised, or the small words names and lists of names use.
const NAME_WORD =
  /^(?:\p{Lu}[\p{L}.'’-]*,?|and|und|et|y|e|og|och|en|&|de|del|der|di|da|du|la|le|van|von|den|ten|bin|al|[A-Z]\.)$/u;
const MAX_WORDS = 14;

/** The author a byline names ("By Jane Doe", "Par Camille Roux"), if `text` is one. */
export function bylineAuthor(text: string): string | undefined {
  if (text.split(" ").length > MAX_WORDS) return undefined;
  const name = BYLINE.exec(text)?.[1]?.trim();
  if (!name || !/^\p{Lu}/u.test(name)) return undefined;
  return name.split(/\s+/).every((word) => NAME_WORD.test(word)) ? name : undefined;
}

/**
 * The author named by a byline among the first two blocks, and the blocks without it;
 * `undefined` when there is none.
 */
export function takeByline(blocks: readonly Block[]): { author: string; blocks: Block[] } | undefined {
  for (let i = 0; i < Math.min(2, blocks.length); i++) {
    const block = blocks[i];
    if (block?.type !== "paragraph") continue;
    const author = bylineAuthor(block.text);
    if (author) return { author, blocks: blocks.filter((_, j) => j !== i) };
  }
  return undefined;
}
