import { describe, expect, test } from "vitest";
import { readMarkdown } from "../../src/markdown/read-markdown.ts";

const read = (source: string) => readMarkdown(source, { hasTitle: true });

describe("HTML containers that blank lines split", () => {
  test("a figure keeps its caption when its image is Markdown between blank lines", () => {
    const { blocks } = read(
      'Before.\n\n<figure class="wide">\n\n![Gulls over the pier](gulls.png)\n\n<figcaption>Gulls, <em>after</em> the storm.</figcaption>\n\n</figure>\n\nAfter.\n',
    );
    expect(blocks.map((block) => block.type)).toEqual(["paragraph", "figure", "paragraph"]);
    expect(blocks[1]?.figure).toEqual({
      src: "gulls.png",
      alt: "Gulls over the pier",
      caption: "Gulls, after the storm.",
    });
    expect(blocks[1]?.line).toBe(3);
  });

  test("a block quote split by blank lines is still a quote, and its Markdown is read", () => {
    const { blocks } = read("<blockquote>\n\nFirst quoted *line*.\n\nSecond quoted line.\n\n</blockquote>\n\nMine.\n");
    expect(blocks.map((block) => [block.type, block.text, block.quoteDepth])).toEqual([
      ["quote", "First quoted line.", 1],
      ["quote", "Second quoted line.", 1],
      ["paragraph", "Mine.", undefined],
    ]);
    expect(blocks[0]?.marks).toEqual([{ type: "emphasis", start: 13, end: 17 }]);
  });

  test("nested figures close at the matching tag", () => {
    const { blocks } = read(
      "<figure>\n\n<figure>\n\n![Inner](a.png)\n\n</figure>\n\n<figcaption>Outer caption.</figcaption>\n\n</figure>\n\nEnd.\n",
    );
    expect(blocks.map((block) => block.type)).toEqual(["figure", "paragraph"]);
    expect(blocks[0]?.figure?.alt).toBe("Inner");
    expect(blocks.at(-1)?.text).toBe("End.");
  });

  test("a figure that never closes is read piece by piece, and nothing is lost", () => {
    const { blocks } = read("<figure>\n\n![Lonely](l.png)\n\n<figcaption>No end.</figcaption>\n\nStill here.\n");
    expect(blocks.map((block) => [block.type, block.text])).toEqual([
      ["figure", "Lonely"],
      ["paragraph", "No end."],
      ["paragraph", "Still here."],
    ]);
  });

  test("other wrappers stay piecewise, so reference links between their tags resolve", () => {
    const { blocks } = read(
      '<div class="aside">\n\nSee [the report][r].\n\n</div>\n\n[r]: https://example.org/report\n',
    );
    expect(blocks.map((block) => block.text)).toEqual(["See the report."]);
    expect(blocks[0]?.marks).toContainEqual(
      expect.objectContaining({ type: "link", href: "https://example.org/report" }),
    );
  });
});
