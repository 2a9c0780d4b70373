import { describe, expect, test } from "vitest";
import { parseEssay } from "../src/parse-essay.ts";

function parse(source: string) {
  return parseEssay(source, { slug: "notes", format: "markdown", file: "notes.md" });
}

describe("footnotes", () => {
  test("are numbered in order of first reference, whatever the order of definitions", () => {
    const essay = parse("# T\n\nFirst[^b] and second[^a], again[^b].\n\n[^a]: Note A.\n[^b]: Note B.");
    expect(essay.footnotes.map((f) => [f.id, f.label, f.text, f.paragraphId, f.offset, f.line])).toEqual([
      ["fn1", "b", "Note B.", "p1", 5, 6],
      ["fn2", "a", "Note A.", "p1", 16, 5],
    ]);
    expect(essay.paragraphs[0]?.marks.map((m) => (m.type === "footnote-ref" ? m.footnote : m.type))).toEqual([
      "fn1",
      "fn2",
      "fn1",
    ]);
    expect(essay.paragraphs).toHaveLength(1);
  });

  test("report a reference with no definition and a definition never referenced", () => {
    const essay = parse("# T\n\nA claim[^missing].\n\n[^spare]: An orphan note.");
    expect(essay.footnotes).toEqual([]);
    expect(essay.paragraphs[0]?.marks).toEqual([]);
    expect(essay.diagnostics.filter((d) => d.code.startsWith("footnote-"))).toEqual([
      expect.objectContaining({ code: "footnote-undefined", where: { file: "notes.md", line: 3 } }),
      expect.objectContaining({
        code: "footnote-unused",
        message: expect.stringContaining("An orphan note."),
        where: { file: "notes.md", line: 5 },
      }),
    ]);
  });

  test("keep several paragraphs joined by line breaks", () => {
    const essay = parse("# T\n\nText[^n].\n\n[^n]: One.\n\n    Two.");
    expect(essay.footnotes[0]).toMatchObject({ text: "One. Two.", marks: [{ type: "break", start: 4, end: 4 }] });
  });

  test("report an unmarked note of an older printed text for the editor only, in its own notation", () => {
    const essay = parseEssay("T\n\nThe court is weakest1 of all.\n\n1 A cited maxim.\n\n2 Idem.", {
      slug: "old",
      file: "old.txt",
    });
    expect(essay.footnotes.map((f) => f.text)).toEqual(["A cited maxim."]);
    expect(essay.diagnostics.filter((d) => d.code === "footnote-unused")).toEqual([
      {
        severity: "info",
        code: "footnote-unused",
        message: expect.stringMatching(/^Note 2 \("Idem\."\) is not marked anywhere.*set 2 right after the word/),
        where: { file: "old.txt", line: 7 },
      },
    ]);
  });
});
