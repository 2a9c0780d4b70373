import { readdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { readEssayFile } from "../src/read-essay-file.ts";
import type { Essay } from "../src/types.ts";

// Real-world-shaped documents written for these tests (see fixtures/documents/).
const DIR = fileURLToPath(new URL("./fixtures/documents/", import.meta.url));

async function load(name: string): Promise<Essay> {
  return readEssayFile(`${DIR}${name}`, name);
}

function texts(essay: Essay): string {
  return [
    ...essay.paragraphs.map((paragraph) => paragraph.text),
    ...essay.sections.map((section) => section.title),
    ...essay.footnotes.map((footnote) => footnote.text),
  ].join("\n");
}

describe("the fixture documents", async () => {
  const names = (await readdir(DIR)).sort();

  test.each(names)("%s shows no markup, front matter or licence in its text", async (name) => {
    const essay = await load(name);
    const text = texts(essay);
    expect(text).not.toMatch(/<\/?[a-z][^>]*>|\{\{|\{%|:::|\[\^|\]\(|^(?:---|\+\+\+)$|Project Gutenberg|licen[cs]e/im);
    for (const paragraph of essay.paragraphs) {
      for (const mark of paragraph.marks) {
        expect(mark.start).toBeGreaterThanOrEqual(0);
        expect(mark.end).toBeLessThanOrEqual(paragraph.text.length);
      }
    }
  });

  test("a Markdown post keeps every construct", async () => {
    const essay = await load("field-notes.md");
    expect(essay).toMatchObject({
      title: "Field Notes on Small Harbours",
      subtitle: "A survey of three quays, with tables and a map",
      author: "Mara Quill and Tobias Fenn",
      authors: ["Mara Quill", "Tobias Fenn"],
      date: "2021-06-14",
      lang: "en",
    });
    const types = essay.paragraphs.map((paragraph) => paragraph.type);
    expect(types).toEqual(expect.arrayContaining(["paragraph", "table", "figure", "list-item", "quote", "code"]));
    const links = essay.paragraphs.flatMap((p) => p.marks.flatMap((m) => (m.type === "link" ? [m.href] : [])));
    expect(links).toEqual(["https://example.org/charter", "https://example.org/county"]);
    const figures = essay.paragraphs.flatMap((p) => (p.figure ? [p.figure] : []));
    expect(figures).toEqual([
      {
        src: "https://example.org/tonnage.png",
        alt: "A chart of tonnage landed at each quay, 1900 to 1950",
        title: "Tonnage landed",
        caption: "Tonnage landed",
      },
      {
        src: "https://example.org/map.png",
        alt: "A hand-drawn map of the bay",
        caption: "The bay as surveyed in 1902.",
      },
    ]);
    expect(essay.footnotes.map((f) => [f.id, f.label, f.paragraphId])).toEqual([
      ["fn1", "stone", "p1"],
      ["fn2", "archive", "p15"],
    ]);
    for (const paragraph of essay.paragraphs.filter((p) => !p.analysed)) {
      expect(paragraph.sentences).toEqual([]);
      expect(paragraph.claims).toEqual([]);
    }
    const unanalysed = new Set(essay.paragraphs.filter((p) => !p.analysed).map((p) => p.id));
    for (const entity of essay.entities)
      for (const m of entity.mentions) expect(unanalysed.has(m.paragraphId)).toBe(false);
    for (const ref of essay.crossRefs) expect(unanalysed.has(ref.from) || unanalysed.has(ref.to)).toBe(false);
    expect(essay.diagnostics.filter((d) => d.code === "markup-removed")).toHaveLength(1);
    expect(essay.sections.map((s) => [s.title, s.depth])).toEqual([
      ["Three quays compared", 2],
      ["", 0],
    ]);
  });

  test("TOML front matter gives the title, authors and description", async () => {
    const essay = await load("stability.md");
    expect(essay).toMatchObject({
      title: "Keeping Promises in Software",
      subtitle: "Why a stable interface is a feature.",
      authors: ["Ines Aldana", "Piet Verhoef"],
      date: "2019-03-02",
    });
    expect(essay.paragraphs[0]?.line).toBe(12);
  });

  test("a French post joins its authors in French", async () => {
    const essay = await load("essai.md");
    expect(essay).toMatchObject({ lang: "fr", author: "Camille Roux et Jeanne Marchal" });
    expect(essay.footnotes).toHaveLength(1);
  });

  test("a Gutenberg text sets its header and licence aside", async () => {
    const essay = await load("harbour-gutenberg.txt");
    expect(essay).toMatchObject({ title: "The Harbour Book", author: "Eliza Penrose", lang: "en" });
    expect(essay.sections.map((s) => s.title)).toEqual(["CHAPTER I. The Quay", "CHAPTER II. The Boats"]);
    expect(essay.paragraphs).toHaveLength(2);
    expect(essay.paragraphs[0]?.marks).toEqual([{ type: "emphasis", start: 22, end: 26 }]);
    expect(essay.diagnostics.map((d) => d.code)).toEqual(
      expect.arrayContaining(["gutenberg-set-aside", "contents-removed"]),
    );
  });

  test("a hard-wrapped pamphlet has parts, verse and endnotes", async () => {
    const essay = await load("hill-pamphlet.txt");
    expect(essay.title).toBe("A Letter on the Enclosure of the Common");
    expect(essay.subtitle).toBe("Addressed to the Freeholders of the Parish");
    expect(essay.sections.map((s) => s.title)).toEqual(["PART I. THE COMMON", "PART II. THE REMEDY"]);
    expect(essay.paragraphs.map((p) => p.type)).toEqual(["paragraph", "paragraph", "verse", "paragraph"]);
    expect(essay.footnotes.map((f) => [f.id, f.label, f.paragraphId])).toEqual([
      ["fn1", "1", "p1"],
      ["fn2", "2", "p4"],
    ]);
    expect(essay.paragraphs[0]?.text).not.toContain("[1]");
  });
});
