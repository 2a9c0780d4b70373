import { isPassageRecord } from "@scholia/embed";
import { describe, expect, test } from "vitest";
import { passageBlock, passageMarks } from "../src/lib/passage-block.ts";
import { editionNotesOf, footnotesById, passageRecord } from "../src/lib/passage-record.ts";
import { essayOf, over, para, pid } from "./blocks-fixtures.ts";

const reading = "https://scholia.example/built/";

describe("passageMarks", () => {
  test("makes links absolute against the reading page and leaves unsafe links out, keeping the other marks", () => {
    const text = "See here, there and nowhere.";
    const marks = passageMarks(
      [
        over(text, "here", { type: "link", href: "../other/#x", title: "Other" }),
        over(text, "there", { type: "link", href: "https://elsewhere.example/" }),
        over(text, "nowhere", { type: "link", href: "javascript:alert(1)" }),
        over(text, "See", { type: "emphasis" }),
        { type: "break", start: 9, end: 9 },
      ],
      reading,
    );
    expect(marks).toEqual([
      { type: "link", start: 4, end: 8, href: "https://scholia.example/other/#x", title: "Other" },
      { type: "link", start: 10, end: 15, href: "https://elsewhere.example/" },
      { type: "emphasis", start: 0, end: 3 },
      { type: "break", start: 9, end: 9 },
    ]);
  });
});

describe("passageBlock", () => {
  test("says what a list item, a code block, a table and a figure are", () => {
    const item = para(1, "Third.", { type: "list-item", list: { ordered: true, number: 3, depth: 1, list: "l1" } });
    expect(passageBlock(item, reading)).toEqual({
      type: "list-item",
      marks: [],
      list: { ordered: true, number: 3, depth: 1 },
    });
    const code = para(2, "let x = 1;", { type: "code", analysed: false, code: { lang: "js", value: "let x = 1;" } });
    expect(passageBlock(code, reading)).toEqual({ type: "code", marks: [], code: { lang: "js" } });
    const cell = (text: string) => ({ text, marks: [] });
    const table = para(3, "A B 1 2", {
      type: "table",
      analysed: false,
      table: {
        align: [null, "right"],
        header: true,
        rows: [
          [cell("A"), cell("B")],
          [cell("1"), cell("2")],
        ],
      },
    });
    expect(passageBlock(table, reading).table).toEqual({
      align: [null, "right"],
      header: true,
      rows: [
        [cell("A"), cell("B")],
        [cell("1"), cell("2")],
      ],
    });
    const figure = para(4, "A map", {
      type: "figure",
      analysed: false,
      figure: { src: "map.png", alt: "A map", caption: "The map." },
    });
    expect(passageBlock(figure, reading).figure).toEqual({
      src: "https://scholia.example/built/map.png",
      alt: "A map",
      caption: "The map.",
    });
    const unsafe = para(5, "x", { type: "figure", analysed: false, figure: { src: "javascript:x", alt: "x" } });
    expect(passageBlock(unsafe, reading).figure).toEqual({ alt: "x" });
  });

  test("goes into the passage record, which keeps its text-only field and lists the footnotes it references, with their marks", () => {
    const text = "A claim with a source.";
    const p = para(1, text, {
      marks: [{ type: "footnote-ref", start: 22, end: 22, footnote: "fn1" }, over(text, "claim", { type: "strong" })],
    });
    const essay = essayOf([p], {
      footnotes: [
        {
          id: "fn1",
          label: "1",
          paragraphId: pid(1),
          offset: 22,
          text: "The source, and a bad one.",
          marks: [
            { type: "link", start: 4, end: 10, href: "../sources/" },
            { type: "emphasis", start: 18, end: 21 },
            { type: "link", start: 22, end: 25, href: "javascript:alert(1)" },
          ],
          line: 5,
        },
      ],
    });
    const record = passageRecord(essay, p);
    expect(isPassageRecord(record)).toBe(true);
    expect(record.passage.text).toBe(text);
    expect(record.passage.block?.marks).toEqual([
      { type: "footnote-ref", start: 22, end: 22, footnote: "fn1" },
      { type: "strong", start: 2, end: 7 },
    ]);
    // The footnote's marks go with it, links made absolute and unsafe ones left out (their words stay).
    expect(record.notes).toEqual([
      {
        id: "fn1",
        kind: "footnote",
        number: 1,
        quote: "",
        text: "The source, and a bad one.",
        marks: [
          { type: "link", start: 4, end: 10, href: new URL("../sources/", record.essay.url).href },
          { type: "emphasis", start: 18, end: 21 },
        ],
      },
    ]);
  });
});

describe("the notes a passage lists", () => {
  const footnote = (n: number, paragraph: number) => ({
    id: `fn${n}`,
    label: String(n),
    paragraphId: pid(paragraph),
    offset: 0,
    text: `Footnote ${n}.`,
    marks: [],
    line: 20 + n,
  });

  test("include a footnote referenced only in a table cell, and an earlier footnote referenced again", () => {
    const first = para(1, "Apples.", { marks: [{ type: "footnote-ref", start: 7, end: 7, footnote: "fn1" }] });
    const table = para(2, "Pear 12", {
      type: "table",
      analysed: false,
      table: {
        align: [null, null],
        header: false,
        rows: [
          [
            { text: "Pear", marks: [] },
            { text: "12", marks: [{ type: "footnote-ref", start: 2, end: 2, footnote: "fn1" }] },
          ],
        ],
      },
    });
    const essay = essayOf([first, table], { footnotes: [footnote(1, 1), footnote(2, 1)] });
    const notes = editionNotesOf(essay, table);
    expect(notes.map((note) => note.id)).toEqual(["fn1"]);
    expect([...footnotesById(notes).keys()]).toEqual(["fn1"]);
    expect(passageRecord(essay, table).notes.map((note) => [note.id, note.number])).toEqual([["fn1", 1]]);
  });

  test("are looked up by footnote id for the references, leaving editor's notes out", () => {
    const p = para(1, "A claim.", { marks: [{ type: "footnote-ref", start: 8, end: 8, footnote: "fn1" }] });
    const essay = essayOf([p], { footnotes: [footnote(1, 1)] });
    const byId = footnotesById([
      ...editionNotesOf(essay, p),
      {
        origin: "editor",
        id: "n1",
        number: 2,
        kind: "context",
        paragraphId: pid(1),
        start: 0,
        end: 1,
        quote: "A",
        text: "An editor's note.",
        marks: [],
      },
    ]);
    expect([...byId.entries()].map(([id, note]) => [id, note.number])).toEqual([["fn1", 1]]);
  });
});
