import { describe, expect, test } from "vitest";
import { readPlainText } from "../../src/plain-text/read-plain-text.ts";

describe("readPlainText", () => {
  test("takes one paragraph per line when there are no blank lines", () => {
    const read = readPlainText("The Title\nA dek without a stop\nFirst paragraph.\nSecond paragraph.", 1, false);
    expect(read.title).toBe("The Title");
    expect(read.subtitle).toBe("A dek without a stop");
    expect(read.blocks.map((block) => [block.text, block.line])).toEqual([
      ["First paragraph.", 3],
      ["Second paragraph.", 4],
    ]);
  });

  test("joins hard-wrapped lines between blank lines", () => {
    const text = "The Title\n\nFirst paragraph runs\nover two lines.\n\nSecond\nparagraph.\n";
    const read = readPlainText(text, 1, false);
    expect(read.title).toBe("The Title");
    expect(read.subtitle).toBeUndefined();
    expect(read.blocks.map((block) => [block.text, block.line])).toEqual([
      ["First paragraph runs over two lines.", 3],
      ["Second paragraph.", 6],
    ]);
  });

  test("does not take a punctuated second line as the subtitle", () => {
    const read = readPlainText("Title\nThis is the first paragraph.\nAnd the second.", 1, false);
    expect(read.subtitle).toBeUndefined();
    expect(read.blocks).toHaveLength(2);
  });

  test("leaves every block in the body when front matter gives the title", () => {
    const read = readPlainText("First.\nSecond.", 5, true);
    expect(read.title).toBeUndefined();
    expect(read.blocks.map((block) => block.line)).toEqual([5, 6]);
  });
});

describe("readPlainText structure", () => {
  test.each([
    ["_x_", "A _quiet_ town.", "A quiet town.", [{ type: "emphasis", start: 2, end: 7 }]],
    ["*x*", "A *quiet* town.", "A quiet town.", [{ type: "emphasis", start: 2, end: 7 }]],
    ["snake_case left alone", "Call snake_case_name now.", "Call snake_case_name now.", []],
    ["arithmetic left alone", "Compute 2*3*4 now.", "Compute 2*3*4 now.", []],
  ])("reads %s", (_name, text, plain, marks) => {
    const [block] = readPlainText(`Title\n\n${text}`, 1, false).blocks;
    expect(block?.text).toBe(plain);
    expect(block?.marks).toEqual(marks);
  });

  test.each([
    ["CHAPTER II.", "CHAPTER II."],
    ["Book Three", "Book Three"],
    ["PART IV", "PART IV"],
    ["XII.", "XII."],
    ["THE ARGUMENT", "THE ARGUMENT"],
  ])("takes the line %s as a section", (line, title) => {
    const read = readPlainText(`Title\n\nOpening text here.\n\n${line}\n\nChapter text here.`, 1, false);
    expect(read.sections).toEqual([{ title, depth: 1, line: 5, before: 2 }]);
    expect(read.blocks.map((block) => block.text)).toEqual(["Opening text here.", "Chapter text here."]);
  });

  test("joins a chapter number and its name, and puts chapters under books", () => {
    const read = readPlainText(
      "T\n\nBOOK I\n\nCHAPTER I.\nThe Quay\n\nText.\n\nCHAPTER II.\n\nThe Boats\n\nMore.",
      1,
      false,
    );
    expect(read.sections.map((section) => [section.title, section.depth])).toEqual([
      ["BOOK I", 1],
      ["CHAPTER I. The Quay", 2],
      ["CHAPTER II. The Boats", 2],
    ]);
  });

  test("does not take a signature or a shouted sentence as a heading", () => {
    const read = readPlainText("T\n\nText.\n\nPUBLIUS.\n\nWE PROCEED now to the next point.", 1, false);
    expect(read.sections).toEqual([]);
    expect(read.blocks).toHaveLength(3);
  });

  test("keeps indented short lines as verse with line breaks", () => {
    const text =
      "Title\n\nThe prose runs on here in the usual way, wrapped at the margin like\nany other paragraph of the text, and it goes on for a while yet.\n\n    The fence is long,\n    The field is wide.\n\nMore prose.";
    const verse = readPlainText(text, 1, false).blocks.find((block) => block.type === "verse");
    expect(verse?.text).toBe("The fence is long, The field is wide.");
    expect(verse?.marks).toEqual([{ type: "break", start: 18, end: 18 }]);
  });

  test("reads hard-wrapped paragraphs whose continuation lines are indented", () => {
    const text = [
      "Title",
      "The first paragraph begins at the margin and runs on",
      " to a second line, indented by one space, and on to",
      " a third line before it stops.",
      "The second paragraph begins at the margin again and",
      " goes on in the same way to its end.",
    ].join("\n");
    const read = readPlainText(text, 1, false);
    expect(read.blocks.map((block) => [block.text.slice(0, 20), block.line])).toEqual([
      ["The first paragraph ", 2],
      ["The second paragraph", 5],
    ]);
  });

  test("reads hard-wrapped paragraphs whose first lines are indented", () => {
    const text = [
      "Title",
      "",
      "    The first paragraph is indented on its first line only,",
      "and runs on at the margin for the rest of its lines until",
      "it stops here.",
      "    The second paragraph is indented the same way and runs",
      "on at the margin to its end.",
    ].join("\n");
    const read = readPlainText(text, 1, false);
    expect(read.blocks.map((block) => block.line)).toEqual([3, 6]);
  });

  test("reads hard-wrapped paragraphs with neither blank lines nor indentation, ending on short lines", () => {
    const text = [
      "Title",
      "The first paragraph runs on to the margin of the page and then",
      "goes on to another line that also runs to the margin of the",
      "page, and it stops here.",
      "The second paragraph starts on the next line and runs on to the",
      "margin too, until it also stops.",
    ].join("\n");
    expect(readPlainText(text, 1, false).blocks.map((block) => block.line)).toEqual([2, 5]);
  });

  test("turns [n] markers with matching endnotes into footnotes", () => {
    const read = readPlainText("T\n\nA claim.[1] Another [2].\n\n[1] The first source.\n\n[2] The second.", 1, false);
    expect(read.blocks.map((block) => block.text)).toEqual(["A claim. Another."]);
    expect(read.blocks[0]?.marks).toEqual([
      { type: "footnote-ref", start: 8, end: 8, footnote: "1" },
      { type: "footnote-ref", start: 16, end: 16, footnote: "2" },
    ]);
    expect(read.footnotes?.get("1")).toMatchObject({ label: "1", text: "The first source.", line: 5 });
  });

  test("reads Project Gutenberg's [Footnote n: …] notes", () => {
    const read = readPlainText(
      "T\n\nA claim.[A] More.[2]\n\n[Footnote A: The first\nsource.]\n\n[Footnote 2: The second.]",
      1,
      false,
    );
    expect(read.blocks.map((block) => block.text)).toEqual(["A claim. More."]);
    expect([...(read.footnotes?.values() ?? [])].map((note) => [note.label, note.text])).toEqual([
      ["A", "The first source."],
      ["2", "The second."],
    ]);
  });

  test("reads notes numbered without brackets at the end, whose numbers the body sets after words", () => {
    const text = [
      "T",
      "",
      "The harbour board holds the weakest of the three powers1; yet it",
      " must not side with its rivals,3 as the town charter warns.",
      "",
      "THE CLERK.",
      "",
      "1 The charter of the harbour, clause four, as amended in",
      " the spring.",
      "2 Idem, clause six.",
      "3 Minutes of the board, page 12.",
    ].join("\n");
    const read = readPlainText(text, 1, false, "board.txt");
    expect(read.blocks.map((block) => block.text)).toEqual([
      "The harbour board holds the weakest of the three powers; yet it must not side with its rivals, as the town charter warns.",
      "THE CLERK.",
    ]);
    expect(read.blocks[0]?.marks).toEqual([
      { type: "footnote-ref", start: 55, end: 55, footnote: "1" },
      { type: "footnote-ref", start: 94, end: 94, footnote: "3" },
    ]);
    expect([...(read.footnotes?.values() ?? [])].map((note) => [note.label, note.text, note.line])).toEqual([
      ["1", "The charter of the harbour, clause four, as amended in the spring.", 8],
      ["2", "Idem, clause six.", 10],
      ["3", "Minutes of the board, page 12.", 11],
    ]);
    expect(read.footnotes?.get("2")?.bare).toBe(true);
  });

  test("reads a bare note number after closing quotes and a full stop", () => {
    const read = readPlainText("T\n\nThe clerk wrote ``no toll.''1 Then he left.\n\n1 Minutes, page 3.", 1, false);
    expect(read.blocks.map((block) => block.text)).toEqual(["The clerk wrote ``no toll.'' Then he left."]);
    expect(read.blocks[0]?.marks).toEqual([{ type: "footnote-ref", start: 28, end: 28, footnote: "1" }]);
  });

  test("leaves numbered closing paragraphs alone when the body never sets their numbers after a word", () => {
    const text = "T\n\nThree lessons follow, and the MP3 files hold the rest.\n\n1 Plan early.\n\n2 Count twice.";
    const read = readPlainText(text, 1, false);
    expect(read.blocks.map((block) => block.text)).toEqual([
      "Three lessons follow, and the MP3 files hold the rest.",
      "1 Plan early.",
      "2 Count twice.",
    ]);
    expect(read.footnotes?.size).toBe(0);
  });

  test("leaves a bracketed number with no endnote as written", () => {
    const read = readPlainText("T\n\nIn [1787] they met.", 1, false);
    expect(read.blocks[0]?.text).toBe("In [1787] they met.");
    expect(read.footnotes?.size).toBe(0);
  });

  test("leaves a contents list out of the body and says so", () => {
    const read = readPlainText(
      "T\n\nCONTENTS\n\nI. The Quay\nII. The Boats\n\nI. The Quay\n\nText.",
      1,
      false,
      "book.txt",
    );
    expect(read.sections.map((section) => section.title)).toEqual(["I. The Quay"]);
    expect(read.blocks.map((block) => block.text)).toEqual(["Text."]);
    expect(read.diagnostics).toEqual([
      expect.objectContaining({ code: "contents-removed", where: { file: "book.txt", line: 3 } }),
    ]);
  });
});
