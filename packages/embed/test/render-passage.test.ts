import { describe, expect, test } from "vitest";
import { el } from "../src/dom.ts";
import type { PassageClaim, PassageMark, PassageRecord } from "../src/passage-record.ts";
import { claimNodes, renderPassage } from "../src/render-passage.ts";
import { passageRecord } from "./fixtures/records.ts";

const base = "https://scholia.example/talking-about-talking/p3.json";
const claim = (start: number, end: number, kind: PassageClaim["kind"] = "evidence"): PassageClaim => ({
  id: "p1.s1",
  kind,
  thesis: false,
  text: "",
  start,
  end,
  cues: [],
});
const describeNodes = (nodes: Node[]): string[] =>
  nodes.map((node) =>
    node.nodeType === 1
      ? `[${(node as Element).getAttribute("data-kind")}:${node.textContent}]`
      : `${node.textContent}`,
  );

describe("claimNodes", () => {
  test.each<[string, PassageClaim[], string[]]>([
    [
      "wraps each claim in a span",
      [claim(0, 3), claim(4, 7, "prediction")],
      ["[evidence:One]", " ", "[prediction:Two]", " Three"],
    ],
    ["keeps text before, between and after claims", [claim(4, 7)], ["One ", "[evidence:Two]", " Three"]],
    ["sorts claims by offset", [claim(4, 7), claim(0, 3)], ["[evidence:One]", " ", "[evidence:Two]", " Three"]],
    ["shows plain text when a claim ends past the text", [claim(0, 99)], ["One Two Three"]],
    ["shows plain text when a claim starts before the text", [claim(-1, 3)], ["One Two Three"]],
    ["shows plain text when claims overlap", [claim(0, 5), claim(4, 7)], ["One Two Three"]],
    ["shows plain text when a claim is empty or reversed", [claim(5, 5)], ["One Two Three"]],
    ["shows plain text when an offset is not a whole number", [claim(0, 2.5)], ["One Two Three"]],
    ["shows plain text when there are no claims", [], ["One Two Three"]],
  ])("%s", (_, claims, expected) => {
    expect(describeNodes(claimNodes("One Two Three", claims))).toEqual(expected);
  });
});

describe("renderPassage", () => {
  test("quotes the whole passage text with every claim marked", () => {
    const record = passageRecord();
    const figure = renderPassage(record, base);
    expect(figure.querySelector("blockquote")?.textContent).toBe(record.passage.text);
    const claims = [...figure.querySelectorAll("[part~=claim]")];
    expect(claims.map((span) => span.textContent)).toEqual(record.claims.map((c) => c.text));
    expect(claims.map((span) => span.getAttribute("data-kind"))).toEqual(record.claims.map((c) => c.kind));
  });

  test("marks the thesis claim with the thesis part", () => {
    const figure = renderPassage(passageRecord(), base);
    expect(figure.querySelector("[part~=thesis]")?.textContent).toMatch(/^Even if a deal/);
  });

  test("captions the quote with the essay title linked to the passage page, the paragraph number and the site", () => {
    const figure = renderPassage(passageRecord(), base);
    const caption = figure.querySelector("figcaption");
    expect(caption?.textContent).toBe("A Cease-Fire Deal Now Would Be a Victory for Israel · ¶ 3 · Scholia");
    expect(caption?.querySelector("a[part=title]")?.getAttribute("href")).toBe(
      "https://scholia.example/talking-about-talking/p3/",
    );
    expect(figure.querySelector("blockquote")?.getAttribute("cite")).toBe(
      "https://scholia.example/talking-about-talking/p3/",
    );
  });

  test("names the author after the title when the record has one", () => {
    const record = passageRecord();
    record.essay.author = "A. Writer";
    expect(renderPassage(record, base).querySelector("figcaption")?.textContent).toMatch(/Israel, A\. Writer · ¶ 3/);
  });

  test("labels the figure with the essay and paragraph", () => {
    const figure = renderPassage(passageRecord(), base);
    expect(figure.getAttribute("aria-label")).toBe(
      "Passage from “A Cease-Fire Deal Now Would Be a Victory for Israel”, paragraph 3",
    );
  });
});

describe("claimNodes with marks", () => {
  const html = (nodes: Node[]): string => {
    const box = document.createElement("div");
    box.append(...nodes);
    return box.innerHTML;
  };

  test("nests links and emphasis inside claim spans, splitting a mark at a sentence boundary", () => {
    const text = "One Two Three";
    const nodes = claimNodes(
      text,
      [claim(0, 3), claim(4, 7, "prediction")],
      [
        { type: "emphasis", start: 2, end: 5 },
        { type: "link", start: 8, end: 13, href: "https://elsewhere.example/" },
      ],
      base,
    );
    expect(html(nodes)).toBe(
      '<span part="claim" data-kind="evidence">On<em>e</em></span><em> </em><span part="claim" data-kind="prediction"><em>T</em>wo</span> ' +
        '<a href="https://elsewhere.example/" rel="noopener" target="_blank">Three</a>',
    );
    expect(nodes.map((node) => node.textContent).join("")).toBe(text);
  });

  test("shows line breaks, and unsafe links as their words only", () => {
    const nodes = claimNodes(
      "line one line two",
      [],
      [
        { type: "break", start: 8, end: 8 },
        { type: "link", start: 0, end: 4, href: "javascript:alert(1)" },
        { type: "strong", start: 9, end: 99 },
      ],
      base,
    );
    expect(html(nodes)).toBe("<span>line</span> one<br> line two");
  });
});

describe("renderPassage with structure", () => {
  test("shows a list item in its numbered list", () => {
    const record = passageRecord();
    record.passage.block = { type: "list-item", marks: [], list: { ordered: true, number: 4, depth: 1 } };
    const list = renderPassage(record, base).querySelector("blockquote > ol");
    expect(list?.getAttribute("start")).toBe("4");
    expect(list?.querySelector("li > p")?.textContent).toBe(record.passage.text);
  });

  test("shows a code block as preformatted code without claims", () => {
    const record = passageRecord();
    record.passage.text = "if (x) {\n  y();\n}";
    record.passage.block = { type: "code", marks: [], code: { lang: "js" } };
    record.claims = [];
    const figure = renderPassage(record, base);
    expect(figure.querySelector("pre > code")?.textContent).toBe(record.passage.text);
    expect(figure.querySelector("[part~=claim]")).toBeNull();
  });

  test("shows a table with its header row and alignment", () => {
    const record = passageRecord();
    const cell = (text: string) => ({ text, marks: [] });
    record.passage.block = {
      type: "table",
      marks: [],
      table: {
        align: [null, "right"],
        header: true,
        rows: [
          [cell("Name"), cell("Count")],
          [cell("a"), cell("3")],
        ],
      },
    };
    const table = renderPassage(record, base).querySelector("[part=table] table");
    expect([...(table?.querySelectorAll("th") ?? [])].map((th) => th.textContent)).toEqual(["Name", "Count"]);
    expect((table?.querySelectorAll("td")[1] as HTMLElement | undefined)?.style.textAlign).toBe("right");
  });

  test("shows a figure's image with its alt text and caption, and only the alt text when the source is unsafe", () => {
    const record = passageRecord();
    record.passage.block = {
      type: "figure",
      marks: [],
      figure: { src: "https://img.example/a.png", alt: "A chart", caption: "Sales." },
    };
    const figure = renderPassage(record, base).querySelector("[part=image]");
    expect(figure?.querySelector("img")?.getAttribute("alt")).toBe("A chart");
    expect(figure?.querySelector("img")?.getAttribute("loading")).toBe("lazy");
    expect(figure?.querySelector("figcaption")?.textContent).toBe("Sales.");
    record.passage.block = { type: "figure", marks: [], figure: { src: "javascript:alert(1)", alt: "A chart" } };
    const unsafe = renderPassage(record, base).querySelector("[part=image]");
    expect(unsafe?.querySelector("img")).toBeNull();
    expect(unsafe?.textContent).toBe("A chart");
  });
});

describe("renderPassage and the essay's language", () => {
  test("marks the quote with the essay's language when the record gives one", () => {
    const record = passageRecord();
    expect(renderPassage(record, base).querySelector("blockquote")?.hasAttribute("lang")).toBe(false);
    record.essay.lang = "fr";
    expect(renderPassage(record, base).querySelector("blockquote")?.getAttribute("lang")).toBe("fr");
  });
});

describe("claimNodes with footnote references", () => {
  const html = (nodes: Node[]): string => {
    const box = document.createElement("div");
    box.append(...nodes);
    return box.innerHTML;
  };
  const ref = (id: string): Node | undefined => (id === "fn1" ? el("sup", {}, "1") : undefined);

  test.each<[string, PassageMark[], string]>([
    [
      "places a reference at its offset, inside the sentence and the emphasis around it",
      [
        { type: "emphasis", start: 0, end: 7 },
        { type: "footnote-ref", start: 3, end: 3, footnote: "fn1" },
      ],
      '<span part="claim" data-kind="evidence"><em>One<sup>1</sup> Two</em></span> Three',
    ],
    [
      "places a reference at the end of the text",
      [{ type: "footnote-ref", start: 13, end: 13, footnote: "fn1" }],
      '<span part="claim" data-kind="evidence">One Two</span> Three<sup>1</sup>',
    ],
    [
      "leaves out a reference to a footnote it does not know, keeping the text",
      [{ type: "footnote-ref", start: 3, end: 3, footnote: "fn9" }],
      '<span part="claim" data-kind="evidence">One Two</span> Three',
    ],
    [
      "leaves out a reference whose offset is outside the text",
      [{ type: "footnote-ref", start: 40, end: 40, footnote: "fn1" }],
      '<span part="claim" data-kind="evidence">One Two</span> Three',
    ],
  ])("%s", (_, marks, expected) => {
    const nodes = claimNodes("One Two Three", [claim(0, 7)], marks, base, ref);
    expect(html(nodes)).toBe(expected);
  });

  test("shows no reference without a reference maker, as in a note's own text", () => {
    const marks: PassageMark[] = [{ type: "footnote-ref", start: 3, end: 3, footnote: "fn1" }];
    expect(html(claimNodes("One Two Three", [], marks, base))).toBe("One Two Three");
  });
});

describe("renderPassage with the author's footnotes", () => {
  // "Frost came early.[^1] The pears survived.[^2]" with a second reference to the first footnote.
  const footnoted = (): PassageRecord => {
    const record = passageRecord();
    record.passage.text = "Frost came early. The pears survived.";
    record.claims = [];
    record.passage.block = {
      type: "paragraph",
      marks: [
        { type: "footnote-ref", start: 17, end: 17, footnote: "fn2" },
        { type: "footnote-ref", start: 37, end: 37, footnote: "fn3" },
      ],
    };
    record.notes = [
      { id: "fn2", kind: "footnote", number: 3, quote: "", text: "Below zero at dawn." },
      { id: "n4", kind: "context", number: 4, quote: "pears", text: "An editor's note." },
      {
        id: "fn3",
        kind: "footnote",
        number: 5,
        quote: "",
        text: "See the ledger.",
        marks: [{ type: "link", start: 8, end: 14, href: "https://ledger.example/" }],
      },
    ];
    return record;
  };

  test("shows each reference as the edition's number, linked to the note in a list under the quote", () => {
    const figure = renderPassage(footnoted(), base);
    const refs = [...figure.querySelectorAll("blockquote sup > a[part=note-ref]")];
    expect(refs.map((a) => a.textContent)).toEqual(["3", "5"]);
    expect(refs.map((a) => a.getAttribute("href"))).toEqual(["#fn2", "#fn3"]);
    const items = [...figure.querySelectorAll("figure > ol[part=notes] > li")];
    expect(items.map((li) => [li.id, li.getAttribute("value"), li.textContent])).toEqual([
      ["fn2", "3", "Below zero at dawn."],
      ["fn3", "5", "See the ledger."],
    ]);
    expect(items[1]?.querySelector("a")?.getAttribute("href")).toBe("https://ledger.example/");
    expect(figure.querySelector("blockquote")?.textContent).toBe("Frost came early.3 The pears survived.5");
    // Passage, notes, then the caption.
    expect([...figure.children].map((child) => child.localName)).toEqual(["blockquote", "ol", "figcaption"]);
  });

  // Whether the click's navigation is cancelled (the handler returns false) is checked in a real browser, in the site's e2e tests.
  test("moves focus to the note when its number is clicked", () => {
    const figure = renderPassage(footnoted(), base);
    document.body.append(figure);
    figure.querySelector<HTMLAnchorElement>("a[part=note-ref]")?.click();
    expect(document.activeElement?.id).toBe("fn2");
    figure.remove();
  });

  test("numbers footnotes by their place in the list when the record gives no numbers", () => {
    const record = footnoted();
    record.notes = record.notes.map(({ number: _, ...note }) => note);
    const figure = renderPassage(record, base);
    expect([...figure.querySelectorAll("a[part=note-ref]")].map((a) => a.textContent)).toEqual(["1", "2"]);
  });

  test("shows a reference inside a table cell", () => {
    const record = footnoted();
    record.passage.block = {
      type: "table",
      marks: [],
      table: {
        align: [null],
        header: false,
        rows: [[{ text: "Frost", marks: [{ type: "footnote-ref", start: 5, end: 5, footnote: "fn2" }] }]],
      },
    };
    expect(renderPassage(record, base).querySelector("td sup")?.textContent).toBe("3");
  });

  test("shows no notes list when the passage has no footnotes", () => {
    const figure = renderPassage(passageRecord(), base);
    expect(figure.querySelector("[part=notes]")).toBeNull();
    expect(figure.querySelector("sup")).toBeNull();
  });
});
