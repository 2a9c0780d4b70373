import type { Block } from "./blocks.ts";

// "By Jane Doe", "By: Jane Doe", "— by Jane Doe" and the same in a few other languages.
const BYLINE = /^[-–—\s]*(?:by|par|von|door|di|por|af|av)\s*:?\s+(\p{Lu}[^.!?]{1,120}?)[.\s]*$/iu;
const MAX_WORDS = 14;

/**
 * The author named by a byline among the first two blocks ("By Jane Doe"), and the blocks
 * without it; `undefined` when there is none.
 */
export function takeByline(blocks: readonly Block[]): { author: string; blocks: Block[] } | undefined {
  for (let i = 0; i < Math.min(2, blocks.length); i++) {
    const block = blocks[i];
    if (block?.type !== "paragraph" || block.text.split(" ").length > MAX_WORDS) continue;
    const match = BYLINE.exec(block.text);
    if (match?.[1]) return { author: match[1].trim(), blocks: blocks.filter((_, j) => j !== i) };
  }
  return undefined;
}
