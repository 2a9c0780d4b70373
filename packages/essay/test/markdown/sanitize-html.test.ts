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
