import { readFile } from "node:fs/promises";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { isEssayError } from "../src/errors.ts";
import { isEnglish } from "../src/language/detect-language.ts";
import { parseEssay } from "../src/parse-essay.ts";
import type { Essay } from "../src/types.ts";

const BUNDLED = new URL("../../../apps/reader/essays/talking-about-talking.txt", import.meta.url);

/** Title, subtitle, section titles and block texts in reading order, whitespace folded: what "no text lost" compares. */
function modelText(essay: Essay): string {
  const parts = [essay.title, essay.subtitle ?? ""];
  essay.paragraphs.forEach((paragraph, i) => {
    for (const section of essay.sections) if (section.before === i + 1) parts.push(section.title);
    parts.push(paragraph.text);
  });
  for (const section of essay.sections) if (section.before > essay.paragraphs.length) parts.push(section.title);
  return fold(parts.join(" "));
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

  test("reports a paragraph without words, naming it by the number readers see", () => {
    const essay = parseEssay("Title\n\nFirst paragraph.\n\n? ! ?\n\nLast paragraph.", { slug: "marks" });
    const empty = essay.diagnostics.find((diagnostic) => diagnostic.code === "empty-paragraph");
    expect(empty?.message).toBe('Paragraph 2 has no words, only "? ! ?".');
    expect(empty?.where.paragraphId).toBe("p2");
    expect(modelText(essay)).toBe(fold("Title First paragraph. ? ! ? Last paragraph."));
  });

  test("takes a line of asterisks as a thematic break", () => {
    const essay = parseEssay("Title\n\nFirst paragraph.\n\n* * *\n\nLast paragraph.", { slug: "stars" });
    expect(essay.paragraphs.map((paragraph) => paragraph.text)).toEqual(["First paragraph.", "Last paragraph."]);
    expect(essay.sections).toEqual([{ title: "", depth: 0, line: 5, before: 2 }]);
  });

  test("reports double-encoded text", () => {
    const essay = parseEssay("Title\nThe senatorâ€™s view was clear.", { slug: "mojibake" });
    const encoding = essay.diagnostics.find((diagnostic) => diagnostic.code === "suspicious-encoding");
    expect(encoding?.message).toMatch(/^Paragraph 1 contains text that looks double-encoded/);
    expect(encoding?.where.paragraphId).toBe("p1");
  });

  test("takes metadata from front matter", () => {
    const essay = parseEssay(
      "---\ntitle: On Trade\nauthor: A. Smith\ndate: 1776-03-09\n---\nFirst line is body.\nSecond.",
      { slug: "trade" },
    );
    expect(essay).toMatchObject({ title: "On Trade", author: "A. Smith", date: "1776-03-09" });
    expect(essay.paragraphs.map((paragraph) => paragraph.text)).toEqual(["First line is body.", "Second."]);
  });

  test("leaves out a first paragraph that repeats the front matter's title", () => {
    const essay = parseEssay("---\ntitle: On Trade\n---\n\n**On Trade**\n\nBody.", {
      slug: "trade",
      format: "markdown",
    });
    expect(essay.paragraphs.map((paragraph) => paragraph.text)).toEqual(["Body."]);
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
  // Lines without the plain-text markup characters (emphasis, note markers), which the parser consumes.
  const line = fc.string({ unit: "grapheme", minLength: 1, maxLength: 80 }).filter((text) => !/[\n\r_*[\]]/.test(text));
  test("title, subtitle, sections and paragraphs reproduce any plain-text essay, ids unique", () => {
    let parsed = 0;
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 12 }), fc.boolean(), (lines, wrapped) => {
        const source = lines.join(wrapped ? "\n\n" : "\n");
        let essay: Essay;
        try {
          essay = parseEssay(source, { slug: "zz-fallback" });
        } catch (error) {
          expect(isEssayError(error)).toBe(true);
          return;
        }
        parsed++;
        const text = modelText(essay).replace(/^Zz fallback ?/, "");
        expect(text).toBe(fold(source).replace(/^(?:(?:[*#=~_•·-]|\\\*)\s*){3,}$/u, ""));
        checkInvariants(essay);
      }),
      { numRuns: 300 },
    );
    // The property holds for parsed essays, not by throwing: nearly every generated essay parses.
    expect(parsed).toBeGreaterThan(250);
  }, 60_000);

  const word = fc.stringMatching(/^[a-z]{2,8}$/);
  const words = fc.array(word, { minLength: 1, maxLength: 8 }).map((list) => list.join(" "));
  const url = fc.stringMatching(/^[a-z]{3,10}$/).map((host) => `https://${host}.example/${host}`);
  const piece = fc.oneof(
    words.map((text) => ({ md: text, words: text })),
    fc.tuple(words, url).map(([text, href]) => ({ md: `[${text}](${href})`, words: text, href })),
    words.map((text) => ({ md: `*${text}*`, words: text })),
    words.map((text) => ({ md: `**${text}**`, words: text })),
    word.map((text) => ({ md: `\`${text}\``, words: text })),
    words.map((text) => ({ md: `<em>${text}</em>`, words: text })),
    fc.tuple(words, word, word).map(([note, label, before]) => ({
      md: `${before}[^${label}]`,
      words: before,
      footnote: { label, note },
    })),
  );
  const block = fc.oneof(
    fc.array(piece, { minLength: 1, maxLength: 6 }).map((pieces) => ({ kind: "paragraph" as const, pieces })),
    fc.tuple(words, url).map(([alt, src]) => ({ kind: "image" as const, alt, src })),
    fc.tuple(fc.array(words, { minLength: 1, maxLength: 4 }), fc.constantFrom("go", "js", "")).map(([lines, lang]) => ({
      kind: "code" as const,
      value: lines.join("\n"),
      lang,
    })),
    fc.array(words, { minLength: 1, maxLength: 4 }).map((items) => ({ kind: "list" as const, items })),
    words.map((title) => ({ kind: "heading" as const, title })),
  );

  test("every word, link target, image alt, footnote and code block of a Markdown essay is in the model", () => {
    let parsed = 0;
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 10 }), (blocks) => {
        const notes = new Map<string, string>();
        const parts: string[] = ["# Generated title"];
        const expected = { words: [] as string[], hrefs: [] as string[], alts: [] as string[], code: [] as string[] };
        for (const item of blocks) {
          if (item.kind === "paragraph") {
            parts.push(item.pieces.map((p) => p.md).join(" "));
            for (const p of item.pieces) {
              if (p.words) expected.words.push(p.words);
              if ("href" in p && p.href) expected.hrefs.push(p.href);
              if ("footnote" in p && p.footnote && !notes.has(p.footnote.label))
                notes.set(p.footnote.label, p.footnote.note);
            }
          } else if (item.kind === "image") {
            parts.push(`![${item.alt}](${item.src})`);
            expected.alts.push(item.alt);
          } else if (item.kind === "code") {
            parts.push(`\`\`\`${item.lang}\n${item.value}\n\`\`\``);
            expected.code.push(item.value);
          } else if (item.kind === "list") {
            parts.push(item.items.map((text, i) => `${i + 1}. ${text}`).join("\n"));
            expected.words.push(...item.items);
          } else {
            parts.push(`## ${item.title}`);
            expected.words.push(item.title);
          }
        }
        for (const [label, note] of notes) parts.push(`[^${label}]: ${note}`);
        const essay = parseEssay(parts.join("\n\n"), { slug: "generated", format: "markdown" });
        parsed++;
        checkInvariants(essay);
        const text = modelText(essay);
        for (const phrase of expected.words) expect(text).toContain(phrase);
        const hrefs = essay.paragraphs.flatMap((p) => p.marks.flatMap((m) => (m.type === "link" ? [m.href] : [])));
        for (const href of expected.hrefs) expect(hrefs).toContain(href);
        const alts = essay.paragraphs.flatMap((p) => (p.figure ? [p.figure.alt] : []));
        for (const alt of expected.alts) expect(alts).toContain(alt);
        const code = essay.paragraphs.flatMap((p) => (p.code ? [p.code.value] : []));
        expect(code).toEqual(expected.code);
        expect(essay.footnotes.map((f) => [f.label, f.text])).toEqual([...notes]);
        for (const p of essay.paragraphs) {
          expect(p.text).not.toMatch(/<\/?em>|\[\^|\]\(/);
          if (!p.analysed) expect(p.sentences).toEqual([]);
        }
      }),
      { numRuns: 150 },
    );
    expect(parsed).toBe(150);
  }, 60_000);

  // Pieces of every construct the readers know, shuffled: structure that real documents get wrong.
  const constructs = fc.constantFrom(
    ...["# H", "## S", "> q", "- a", "1. b", "```", "~~~", "<div>", "</div>", "<!--", "-->", "{{< x >}}", "{% y %}"],
    ...[":::", "[^1]", "[^1]: n", "| a | b |", "|---|---|", "![a](b)", "[l](javascript:x)", "<img src=x>", "<table>"],
    ...["</table>", "***", "---", "+++", "title: x", "CHAPTER I.", "[1]", "[1] note", "    code", "_e_", "*e*"],
    ...['<aside markdown="1">', "\\toc", "By Jane Doe", "", "Some words here."],
  );
  test("any mix of constructs gives a model with true offsets, or the parser's own error", () => {
    let parsed = 0;
    fc.assert(
      fc.property(
        fc.array(constructs, { maxLength: 30 }),
        fc.constantFrom("\n", "\n\n"),
        fc.constantFrom("text", "markdown" as const),
        (parts, separator, format) => {
          let essay: Essay;
          try {
            essay = parseEssay(`${parts.join(separator)}\nend.`, {
              slug: "mix",
              format: format as "text" | "markdown",
            });
          } catch (error) {
            if (!isEssayError(error)) throw error;
            return;
          }
          parsed++;
          checkInvariants(essay);
          for (const paragraph of essay.paragraphs) {
            for (const mark of paragraph.marks) {
              expect(mark.start).toBeGreaterThanOrEqual(0);
              expect(mark.start).toBeLessThanOrEqual(mark.end);
              expect(mark.end).toBeLessThanOrEqual(paragraph.text.length);
            }
            if (!paragraph.analysed) expect(paragraph.claims).toEqual([]);
          }
          for (const footnote of essay.footnotes) {
            expect(essay.paragraphs.map((paragraph) => paragraph.id)).toContain(footnote.paragraphId);
          }
        },
      ),
      { numRuns: 300 },
    );
    expect(parsed).toBeGreaterThan(200);
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
