import { describe, expect, test } from "vitest";
import { readMarkdown } from "../src/markdown/read-markdown.ts";

const ESSAY = `Opening paragraph with *emphasis* and a [link](https://example.org).

## A section

> A quoted passage
> over two lines.

- first item
- second item

Closing paragraph.
`;

describe("readMarkdown", () => {
  test("marks quotes and list items, and turns headings into section breaks", () => {
    const read = readMarkdown(ESSAY, { hasTitle: true, firstLine: 4 });
    expect(read.blocks.map((block) => [block.type, block.text])).toEqual([
      ["paragraph", "Opening paragraph with emphasis and a link."],
      ["quote", "A quoted passage over two lines."],
      ["list-item", "first item"],
      ["list-item", "second item"],
      ["paragraph", "Closing paragraph."],
    ]);
    expect(read.sections).toEqual([{ title: "A section", depth: 2, line: 6, before: 2 }]);
    expect(read.blocks[1]?.line).toBe(8);
  });

  test("takes a leading heading as the title and a short unpunctuated line as the subtitle", () => {
    const read = readMarkdown("# The Title\n\nA dek\n\nBody text.\n");
    expect(read.title).toBe("The Title");
    expect(read.subtitle).toBe("A dek");
    expect(read.blocks.map((block) => block.text)).toEqual(["Body text."]);
  });

  test("never shows raw HTML as text: a script is removed, a <b> becomes a mark", () => {
    const read = readMarkdown("# T\n\n<script>alert(1)</script>\n\nA <b>bold</b> claim.\n");
    expect(read.blocks.map((block) => block.text)).toEqual(["A bold claim."]);
    expect(read.blocks[0]?.marks).toEqual([{ type: "strong", start: 2, end: 6 }]);
    expect(read.diagnostics?.map((diagnostic) => diagnostic.code)).toEqual(["markup-removed"]);
  });
});
