import { describe, expect, test } from "vitest";
import { readMarkdown } from "../../src/markdown/read-markdown.ts";

const read = (source: string) => readMarkdown(source, { hasTitle: true });

describe("unwrapped block-level HTML wrappers", () => {
  test("still end one block and start the next, so a linked image in a div is a figure", () => {
    const { blocks } = read(
      'Before.\n\n<div class="centre">\n<a href="https://example.org/cartoon/">\n<img src="https://example.org/cartoon.png" alt="A cartoon of two owls"/>\n</a>\n</div>\n<div class="desc">\nOwls, <em>again</em>.\n</div>\n\nAfter.\n',
    );
    expect(blocks.map((block) => [block.type, block.text])).toEqual([
      ["paragraph", "Before."],
      ["figure", "A cartoon of two owls"],
      ["paragraph", "Owls, again."],
      ["paragraph", "After."],
    ]);
    expect(blocks[1]?.figure).toEqual({ src: "https://example.org/cartoon.png", alt: "A cartoon of two owls" });
    expect(blocks[2]?.marks).toEqual([{ type: "emphasis", start: 6, end: 11 }]);
  });

  test("keep sibling sections apart, and keep inline wrappers inline", () => {
    const { blocks, diagnostics } = read(
      "<section>First part.</section><aside>A note beside it.</aside>\n\nA <span class='x'>plain</span> line.\n",
    );
    expect(blocks.map((block) => block.text)).toEqual(["First part.", "A note beside it.", "A plain line."]);
    // What was unwrapped is still counted in the one markup diagnostic.
    const removed = (diagnostics ?? []).find((diagnostic) => diagnostic.code === "markup-removed");
    expect(removed?.message).toMatch(/section/);
    expect(removed?.message).toMatch(/aside/);
  });
});

describe("wrappers whose class names a quotation", () => {
  test("are block quotes: a pull quote with its credit line", () => {
    const { blocks } = read(
      '<aside markdown="1" class="pull-quote">\n  Ship the small fix first.\n  <p markdown="1" class="quote-credit">\n— Ada, [on fixes](https://example.org/fixes)\n  </p>\n</aside>\n\nAfter.\n',
    );
    expect(blocks.map((block) => [block.type, block.text, block.quoteDepth])).toEqual([
      ["quote", "Ship the small fix first.", 1],
      ["quote", "— Ada, on fixes", 1],
      ["paragraph", "After.", undefined],
    ]);
  });

  test("by the class's last word only: a part of a quote, or another box, stays a wrapper", () => {
    const { blocks } = read(
      '<div class="wp-block-pullquote">Words on record.</div>\n\n<div class="quote-author">Ada</div>\n\n<div class="quotes-index">Index.</div>\n',
    );
    expect(blocks.map((block) => [block.type, block.quoteDepth])).toEqual([
      ["quote", 1],
      ["paragraph", undefined],
      ["paragraph", undefined],
    ]);
  });
});
