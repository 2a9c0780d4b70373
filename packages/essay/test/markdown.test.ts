import { describe, expect, test } from "vitest";
import { readMarkdown } from "../src/markdown.ts";

const ESSAY = `---
title: From front matter
---

Opening paragraph with *emphasis* and a [link](https://example.org).

## A section

> A quoted passage
> over two lines.

- first item
- second item

Closing paragraph.
`;

describe("readMarkdown", () => {
  test("marks quotes and list items, and turns headings into section breaks", () => {
    const read = readMarkdown(ESSAY, true);
    expect(read.blocks.map((block) => [block.type, block.text])).toEqual([
      ["paragraph", "Opening paragraph with emphasis and a link."],
      ["quote", "A quoted passage over two lines."],
      ["list-item", "first item"],
      ["list-item", "second item"],
      ["paragraph", "Closing paragraph."],
    ]);
    expect(read.sections).toEqual([{ title: "A section", line: 7, before: 2 }]);
    expect(read.blocks[1]?.line).toBe(9);
  });

  test("takes a leading heading as the title and a short unpunctuated line as the subtitle", () => {
    const read = readMarkdown("# The Title\n\nA dek\n\nBody text.\n", false);
    expect(read.title).toBe("The Title");
    expect(read.subtitle).toBe("A dek");
    expect(read.blocks.map((block) => block.text)).toEqual(["Body text."]);
  });

  test("keeps literal HTML as text", () => {
    const read = readMarkdown("# T\n\n<script>alert(1)</script>\n\nA <b>bold</b> claim.\n", false);
    expect(read.blocks.map((block) => block.text)).toEqual(["<script>alert(1)</script>", "A <b>bold</b> claim."]);
  });
});
