import { readFile } from "node:fs/promises";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { isEssayError } from "../src/errors.ts";
import { isEnglish } from "../src/language/detect-language.ts";
import { parseEssay } from "../src/parse-essay.ts";
import type { Essay } from "../src/types.ts";

const BUNDLED = new URL("../../../apps/reader/essays/talking-about-talking.txt", import.meta.url);

/** Title, subtitle and paragraph texts joined, whitespace folded: what "no text lost" compares. */
function modelText(essay: Essay): string {
  return fold([essay.title, essay.subtitle ?? "", ...essay.paragraphs.map((paragraph) => paragraph.text)].join(" "));
}

// Whitespace normalisation: every run of Unicode white space is one space.
function fold(text: string): string {
  return text
    .replace(/^\uFEFF/, "")
    .replace(/\s+/gu, " ")
    .trim();
}

function checkInvariants(essay: Essay): void {
  const ids = essay.paragraphs.map((paragraph) => paragraph.id);
  expect(new Set(ids).size).toBe(ids.length);
  expect(ids).toEqual(essay.paragraphs.map((_, i) => `p${i + 1}`));
  for (const paragraph of essay.paragraphs) {
    const claimIds = paragraph.claims.map((claim) => claim.id);
    expect(new Set(claimIds).size).toBe(claimIds.length);
    // Claim kinds are English-only: other languages' paragraphs carry no claims.
    expect(paragraph.claims).toHaveLength(isEnglish(essay.lang ?? "en") ? paragraph.sentences.length : 0);
    for (const claim of paragraph.claims) expect(paragraph.text.slice(claim.start, claim.end)).toBe(claim.text);
  }
  expect(() => JSON.stringify(essay)).not.toThrow();
}

describe("parseEssay on the bundled essay", async () => {
  const source = await readFile(BUNDLED, "utf8");
  const essay = parseEssay(source, { slug: "talking-about-talking", file: "talking-about-talking.txt" });

  test("finds the headline, the subtitle and 19 paragraphs", () => {
    expect(essay.title).toBe("A Cease-Fire Deal Now Would Be a Victory for Israel");
    expect(essay.subtitle).toBe("It Is Time for Netanyahu to Take Yes for an Answer");
    expect(essay.paragraphs).toHaveLength(19);
    expect(essay.paragraphs[18]?.id).toBe("p19");
  });

  test("loses no text", () => {
    expect(modelText(essay)).toBe(fold(source));
  });

  test("flags that the headline names Israel and Netanyahu, whom the body never mentions", () => {
    const mismatch = essay.diagnostics.find((diagnostic) => diagnostic.code === "headline-body-mismatch");
    expect(mismatch?.message).toContain("Israel");
    expect(mismatch?.message).toContain("Netanyahu");
    expect(mismatch?.where).toMatchObject({ file: "talking-about-talking.txt", line: 1 });
  });

  test("keeps ids unique and claim offsets true", () => checkInvariants(essay));

  test("gives the same model for CRLF, a BOM and bytes", () => {
    const crlf = parseEssay(`\uFEFF${source.replace(/\n/g, "\r\n")}`, {
      slug: "talking-about-talking",
      file: "talking-about-talking.txt",
    });
    const bytes = parseEssay(new TextEncoder().encode(source), {
      slug: "talking-about-talking",
      file: "talking-about-talking.txt",
    });
    expect(crlf).toEqual(essay);
    expect(bytes).toEqual(essay);
  });
});

describe("parseEssay on other essays", () => {
  test("does not report a mismatch when the headline's names occur in the body", () => {
    const essay = parseEssay(
      "Why Madison Feared Factions\nMadison argued that factions are inevitable. He was right.",
      { slug: "madison" },
    );
    expect(essay.diagnostics.filter((diagnostic) => diagnostic.code === "headline-body-mismatch")).toEqual([]);
  });

  test("reports a paragraph without words", () => {
    const essay = parseEssay("Title\n\nFirst paragraph.\n\n* * *\n\nLast paragraph.", { slug: "stars" });
    expect(essay.diagnostics.map((diagnostic) => diagnostic.code)).toContain("empty-paragraph");
    expect(modelText(essay)).toBe(fold("Title First paragraph. * * * Last paragraph."));
  });

  test("reports double-encoded text", () => {
    const essay = parseEssay("Title\nThe senatorâ€™s view was clear.", { slug: "mojibake" });
    expect(essay.diagnostics.map((diagnostic) => diagnostic.code)).toContain("suspicious-encoding");
  });

  test("takes metadata from front matter", () => {
    const essay = parseEssay(
      "---\ntitle: On Trade\nauthor: A. Smith\ndate: 1776-03-09\n---\nFirst line is body.\nSecond.",
      { slug: "trade" },
    );
    expect(essay).toMatchObject({ title: "On Trade", author: "A. Smith", date: "1776-03-09" });
    expect(essay.paragraphs.map((paragraph) => paragraph.text)).toEqual(["First line is body.", "Second."]);
  });

  test("reads Markdown", () => {
    const essay = parseEssay("# On Trade\n\n> Quoted words.\n\nA claim.\n", { slug: "trade", format: "markdown" });
    expect(essay.title).toBe("On Trade");
    expect(essay.paragraphs.map((paragraph) => paragraph.type)).toEqual(["quote", "paragraph"]);
  });

  test.each([
    ["not a string", 42],
    ["undefined", undefined],
  ])("throws a TypeError for a source that is %s", (_name, source) => {
    expect(() => parseEssay(source as unknown as string, { slug: "x" })).toThrow(TypeError);
  });

  test("throws a TypeError naming a bad slug", () => {
    expect(() => parseEssay("T\nBody.", { slug: "Bad Slug" })).toThrow(/"Bad Slug"/);
  });
});

describe("parseEssay properties", () => {
  const line = fc.string({ unit: "grapheme", minLength: 1, maxLength: 80 }).filter((text) => !/[\n\r]/.test(text));
  test("title, subtitle and paragraphs reproduce any plain-text essay, ids unique", () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 12 }), fc.boolean(), (lines, wrapped) => {
        const source = lines.join(wrapped ? "\n\n" : "\n");
        let essay: Essay;
        try {
          essay = parseEssay(source, { slug: "prop" });
        } catch (error) {
          expect(isEssayError(error)).toBe(true);
          return;
        }
        expect(modelText(essay)).toBe(fold(source));
        checkInvariants(essay);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  test("any Unicode text or Markdown gives a model or the parser's own error, never anything else", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "binary", maxLength: 400 }),
        fc.constantFrom("text", "markdown" as const),
        (source, format) => {
          try {
            checkInvariants(parseEssay(source, { slug: "fuzz", format: format as "text" | "markdown" }));
          } catch (error) {
            if (!isEssayError(error)) throw error;
          }
        },
      ),
      { numRuns: 300 },
    );
  }, 60_000);
});
