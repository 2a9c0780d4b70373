import { describe, expect, test } from "vitest";
import { readMarkdown } from "../../src/markdown/read-markdown.ts";

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

function read(source: string) {
  return readMarkdown(source, { hasTitle: true, file: "post.md" });
}

describe("readMarkdown block constructs", () => {
  test.each([
    ["a paragraph", "Plain words.", { type: "paragraph", text: "Plain words.", analysed: true }],
    ["a quote", "> Quoted.", { type: "quote", quoteDepth: 1 }],
    ["a nested quote", "> > Deeper.", { type: "quote", quoteDepth: 2, text: "Deeper." }],
    ["an ordered item", "3. Third.", { type: "list-item", list: { ordered: true, number: 3, depth: 1, list: "l1" } }],
    ["an unordered item", "- Item.", { type: "list-item", list: { ordered: false, depth: 1, list: "l1" } }],
    [
      "a task item",
      "- [x] Done.",
      { type: "list-item", text: "Done.", list: { ordered: false, depth: 1, list: "l1", checked: true } },
    ],
    [
      "a fenced code block",
      "```go\nx := 1\n```",
      { type: "code", analysed: false, text: "x := 1", code: { lang: "go", value: "x := 1" } },
    ],
    ["an indented code block", "    a  b\n    c", { type: "code", analysed: false, code: { value: "a  b\nc" } }],
    [
      "an image alone",
      '![A map](map.png "The bay")',
      {
        type: "figure",
        analysed: false,
        figure: { src: "map.png", alt: "A map", title: "The bay", caption: "The bay" },
      },
    ],
    ["a linked image", "[![Alt](i.png)](https://x.org)", { type: "figure", figure: { src: "i.png", alt: "Alt" } }],
    [
      "an HTML figure",
      '<figure><img src="a.png" alt="Alt"><figcaption>Cap <em>x</em></figcaption></figure>',
      { type: "figure", figure: { src: "a.png", alt: "Alt", caption: "Cap x" } },
    ],
    ["an HTML image alone", '<img src="a.png" alt="Alt">', { type: "figure", figure: { src: "a.png", alt: "Alt" } }],
    [
      "an HTML paragraph",
      '<p dir="ltr">From <b>HTML</b>.</p>',
      { type: "paragraph", text: "From HTML.", marks: [{ type: "strong", start: 5, end: 9 }] },
    ],
    [
      "an HTML list",
      '<ol start="4"><li>Four</li></ol>',
      { type: "list-item", text: "Four", list: { ordered: true, number: 4, depth: 1, list: "l1" } },
    ],
    [
      "an HTML pre",
      '<pre><code class="language-js">let a;\nlet b;</code></pre>',
      { type: "code", code: { lang: "js", value: "let a;\nlet b;" } },
    ],
    ["an HTML blockquote", "<blockquote><p>Said.</p></blockquote>", { type: "quote", quoteDepth: 1, text: "Said." }],
  ])("reads %s", (_name, source, expected) => {
    const [block] = read(source).blocks;
    expect(block).toMatchObject(expected);
  });

  test("reads a GFM table with alignment and marked cells, not analysed", () => {
    const [block] = read("| A | *B* |\n|:--|--:|\n| [1](https://x.org) | 2 |").blocks;
    expect(block).toMatchObject({ type: "table", analysed: false, text: "A | B\n1 | 2" });
    expect(block?.table).toEqual({
      align: ["left", "right"],
      header: true,
      rows: [
        [
          { text: "A", marks: [] },
          { text: "B", marks: [{ type: "emphasis", start: 0, end: 1 }] },
        ],
        [
          { text: "1", marks: [{ type: "link", start: 0, end: 1, href: "https://x.org" }] },
          { text: "2", marks: [] },
        ],
      ],
    });
  });

  test("reads an HTML table", () => {
    const [block] = read('<table><tr><th>H</th></tr><tr><td align="right">d</td></tr></table>').blocks;
    expect(block?.table).toMatchObject({ header: true, rows: [[{ text: "H" }], [{ text: "d" }]] });
  });

  test("gives nested list items their depth and each list its own id", () => {
    const blocks = read("1. One\n   - Sub\n2. Two\n\nText.\n\n- Other").blocks;
    expect(blocks.map((block) => [block.text, block.list?.depth, block.list?.list, block.list?.number])).toEqual([
      ["One", 1, "l1", 1],
      ["Sub", 2, "l2", undefined],
      ["Two", 1, "l1", 2],
      ["Text.", undefined, undefined, undefined],
      ["Other", 1, "l3", undefined],
    ]);
  });

  test.each([
    ["a heading", "## Part two\n\nText.", { title: "Part two", depth: 2, line: 1, before: 1 }],
    ["a thematic break", "Text.\n\n---\n\nMore.", { title: "", depth: 0, line: 3, before: 2 }],
    ["a line of escaped asterisks", "Text.\n\n\\*\\*\\*\n\nMore.", { title: "", depth: 0, before: 2 }],
    ["an HTML heading", "<h3>Third</h3>\n\nText.", { title: "Third", depth: 3 }],
  ])("makes a section break of %s", (_name, source, expected) => {
    expect(read(source).sections[0]).toMatchObject(expected);
  });

  test("keeps a heading's marks", () => {
    expect(read("## The *real* story\n\nText.").sections[0]?.marks).toEqual([{ type: "emphasis", start: 4, end: 8 }]);
  });

  test("drops a leading heading that repeats the front matter's title", () => {
    const body = readMarkdown("# On Trade\n\nText.", { hasTitle: true, title: "On trade" });
    expect(body.blocks.map((block) => block.text)).toEqual(["Text."]);
    expect(body.sections).toEqual([]);
  });
});

describe("readMarkdown inline marks", () => {
  test.each([
    ["emphasis", "An *x* y.", [{ type: "emphasis", start: 3, end: 4 }], "An x y."],
    ["strong", "An **x** y.", [{ type: "strong", start: 3, end: 4 }], "An x y."],
    ["inline code", "Run `ls -l` now.", [{ type: "code", start: 4, end: 9 }], "Run ls -l now."],
    ["strikethrough", "A ~~b~~ c.", [{ type: "delete", start: 2, end: 3 }], "A b c."],
    [
      "a titled link",
      '[go](https://go.dev "Go")',
      [{ type: "link", start: 0, end: 2, href: "https://go.dev", title: "Go" }],
      "go",
    ],
    [
      "a reference link",
      "[go][g]\n\n[g]: https://go.dev",
      [{ type: "link", start: 0, end: 2, href: "https://go.dev" }],
      "go",
    ],
    [
      "an autolink",
      "See https://x.org now.",
      [{ type: "link", start: 4, end: 17, href: "https://x.org" }],
      "See https://x.org now.",
    ],
    ["a hard break", "one  \ntwo", [{ type: "break", start: 3, end: 3 }], "one two"],
    [
      "HTML sup and sub",
      "H<sub>2</sub>O and x<sup>2</sup>",
      [
        { type: "sub", start: 1, end: 2 },
        { type: "sup", start: 9, end: 10 },
      ],
      "H2O and x2",
    ],
    [
      "an HTML link",
      '<a href="/x" title="T">here</a>',
      [{ type: "link", start: 0, end: 4, href: "/x", title: "T" }],
      "here",
    ],
    ["an HTML break", "a<br>b", [{ type: "break", start: 1, end: 1 }], "a b"],
    ["an inline image's alt text", "A ![small icon](i.png) here.", [], "A small icon here."],
  ])("reads %s", (_name, source, marks, text) => {
    const [block] = read(source).blocks;
    expect(block?.text).toBe(text);
    expect(block?.marks).toEqual(marks);
  });

  test.each([
    ["javascript:", "[x](javascript:alert(1))"],
    ["an obfuscated javascript:", '<a href="java&#x09;script:alert(1)">x</a>'],
    ["data:", "[x](data:text/html,hi)"],
    ["vbscript:", "[x](vbscript:msgbox)"],
  ])("drops a link to %s and keeps its words", (_name, source) => {
    const [block] = read(source).blocks;
    expect(block?.text).toBe("x");
    expect(block?.marks).toEqual([]);
  });
});

describe("readMarkdown footnotes", () => {
  test("sets definitions apart and marks references with zero-width marks", () => {
    const body = read("Claim.[^a] More[^b].\n\n[^a]: Note *one*.\n[^b]: Note two.");
    expect(body.blocks.map((block) => block.text)).toEqual(["Claim. More."]);
    expect(body.blocks[0]?.marks).toEqual([
      { type: "footnote-ref", start: 6, end: 6, footnote: "a" },
      { type: "footnote-ref", start: 11, end: 11, footnote: "b" },
    ]);
    expect(body.footnotes?.get("a")).toEqual({
      label: "a",
      text: "Note one.",
      marks: [{ type: "emphasis", start: 5, end: 8 }],
      line: 3,
    });
  });
});

describe("readMarkdown raw HTML and templates", () => {
  test.each([
    ["a comment", "Text <!-- hidden --> shown.", "Text shown.", /1 HTML comment/],
    ["a Hugo shortcode", 'Text {{< img src="a.png" >}} shown.', "Text shown.", /1 template shortcode/],
    ["a Liquid tag", "Text {% include note.html %} shown.", "Text shown.", /1 template shortcode/],
    ["a ':::' fence", ":::warning\nText shown.\n:::", "Text shown.", /2 ':::' container fences/],
    ["a span", '<span style="x">Text shown.</span>', "Text shown.", /<span>/],
    ["a style element", "<style>p{}</style>\n\nText shown.", "Text shown.", /<style>/],
    ["a line of TeX-style commands", "\\toc\n\nText shown.", "Text shown.", /1 template shortcode/],
  ])("removes %s and reports it", (_name, source, text, message) => {
    const body = read(source);
    expect(body.blocks.map((block) => block.text)).toEqual([text]);
    const diagnostics = body.diagnostics?.filter((diagnostic) => diagnostic.code === "markup-removed") ?? [];
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]?.message).toMatch(message);
    expect(diagnostics[0]?.where.file).toBe("post.md");
  });

  test("reads a '~~~' fence of bare HTML as raw HTML, and keeps a '~~~' fence of code as code", () => {
    const blocks = read('~~~\n<img src="a.png" alt="Alt"/>\n~~~\n\n~~~\nlet x = 1;\n~~~').blocks;
    expect(blocks.map((block) => block.type)).toEqual(["figure", "code"]);
  });

  test("reports every image without alt text in one diagnostic", () => {
    const body = read("![](a.png)\n\n![](b.png)");
    expect(body.diagnostics?.filter((d) => d.code === "figure-without-alt")).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/^2 images have no alt text \(the first at line 1\)/) }),
    ]);
  });

  test("keeps shortcodes inside code", () => {
    const [block] = read("```\n{{ .Title }}\n```").blocks;
    expect(block?.code?.value).toBe("{{ .Title }}");
  });

  test('reads Markdown inside an element marked markdown="1"', () => {
    const [block] = read('<aside markdown="1">\nSee [the source](https://x.org).\n</aside>').blocks;
    expect(block?.text).toBe("See the source.");
    expect(block?.marks).toEqual([{ type: "link", start: 4, end: 14, href: "https://x.org" }]);
  });

  test.each([
    ["an unclosed comment", "Text.\n\n<!-- never closed\n\nMore text.", "html-unclosed-comment", 3],
    ["an unclosed table", "Text.\n\n<table><tr><td>1</td></tr>\n\nMore.", "html-unclosed-table", 3],
    ["an unclosed tag", 'Text.\n\n<div class="a\n\nMore.', "html-unclosed-tag", 3],
  ])("throws an EssayError naming the line of %s", (_name, source, code, line) => {
    expect(() => read(source)).toThrow(expect.objectContaining({ code, line, file: "post.md" }));
  });
});
