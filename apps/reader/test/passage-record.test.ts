import { createHash } from "node:crypto";
import { isPassageRecord } from "@scholia/embed";
import { describe, expect, test } from "vitest";
import { essayRecord } from "../src/lib/essay-record.ts";
import { CONTEXT_CHARS, contentHash, passageRecord, textQuoteSelector } from "../src/lib/passage-record.ts";
import { annotated, bundled, paragraph } from "./fixtures.ts";

const site = "http://localhost:4321/";

describe("passageRecord", () => {
  test("is a PassageRecord by @scholia/embed's own guard, for every paragraph of the bundled essay", () => {
    for (const each of bundled.paragraphs) expect(isPassageRecord(passageRecord(bundled, each))).toBe(true);
  });

  test("survives a JSON round trip unchanged, as the published file does", () => {
    const record = passageRecord(annotated, paragraph(annotated, 2));
    expect(JSON.parse(JSON.stringify(record))).toEqual(record);
  });

  test("points at the passage page, its place in the reading page and its neighbours", () => {
    const record = passageRecord(bundled, paragraph(bundled, 3));
    expect(record.essay.url).toBe(`${site}talking-about-talking/`);
    expect(record.passage).toMatchObject({
      id: "p3",
      index: 3,
      url: `${site}talking-about-talking/p3/`,
      contextUrl: `${site}talking-about-talking/#p3`,
    });
    expect(record.previous).toBe(`${site}talking-about-talking/p2/`);
    expect(record.next).toBe(`${site}talking-about-talking/p4/`);
    expect(record.site).toEqual({ name: "Scholia", url: site });
  });

  test("has no previous link on the first passage and no next link on the last", () => {
    expect(passageRecord(annotated, paragraph(annotated, 1))).not.toHaveProperty("previous");
    expect(passageRecord(annotated, paragraph(annotated, 3))).not.toHaveProperty("next");
  });

  test("keeps the text exactly, hostile markup included, and claims whose offsets cut out their sentences", () => {
    const source = paragraph(annotated, 1);
    const record = passageRecord(annotated, source);
    expect(record.passage.text).toBe(source.text);
    expect(record.passage.text).toContain("<img src=x onerror=alert(1)>");
    for (const claim of record.claims) expect(record.passage.text.slice(claim.start, claim.end)).toBe(claim.text);
    expect(record.claims.map((claim) => claim.id)).toEqual(source.claims.map((claim) => claim.id));
  });

  test("carries the author and date, and the passage's notes with the words they comment on", () => {
    const record = passageRecord(annotated, paragraph(annotated, 2));
    expect(record.essay).toMatchObject({ author: "Jane Q. Doe", date: "2024-09-05" });
    expect(record.notes).toEqual([
      {
        id: "n1",
        kind: "definition",
        number: 1,
        quote: "a cease-fire first",
        text: "A pause in fighting agreed by both sides.",
      },
    ]);
    expect(passageRecord(annotated, paragraph(annotated, 1)).notes).toEqual([]);
  });

  test("cites the passage in Chicago style and as BibTeX", () => {
    const { citation } = passageRecord(annotated, paragraph(annotated, 2));
    expect(citation.text).toBe(
      `Jane Q. Doe, “Talks </script> & <b>Peace</b>,” Scholia, September 5, 2024, para. 2, ${site}talks/p2/.`,
    );
    expect(citation.bibtex).toMatch(/^@misc\{talks-p2,\n {2}author = \{Jane Q\. Doe\},/);
  });

  test("hashes the text as sha256-<base64> of its UTF-8 bytes", () => {
    const record = passageRecord(bundled, paragraph(bundled, 3));
    const expected = createHash("sha256").update(Buffer.from(record.passage.text, "utf8")).digest("base64");
    expect(record.hash).toBe(`sha256-${expected}`);
    expect(contentHash("")).toBe("sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=");
  });
});

describe("textQuoteSelector", () => {
  test(`quotes the passage exactly with the ${CONTEXT_CHARS} characters around it`, () => {
    const [before, passage, after] = [2, 3, 4].map((index) => paragraph(bundled, index));
    if (!before || !passage || !after) throw new Error("fixture changed");
    expect(textQuoteSelector(bundled, passage)).toEqual({
      type: "TextQuoteSelector",
      exact: passage.text,
      prefix: before.text.slice(-CONTEXT_CHARS),
      suffix: after.text.slice(0, CONTEXT_CHARS),
    });
  });

  test("leaves the prefix of the first passage and the suffix of the last empty, and short neighbours whole", () => {
    expect(textQuoteSelector(annotated, paragraph(annotated, 1)).prefix).toBe("");
    expect(textQuoteSelector(annotated, paragraph(annotated, 2)).suffix).toBe("The end.");
    expect(textQuoteSelector(annotated, paragraph(annotated, 3)).suffix).toBe("");
  });

  test("never splits a surrogate pair at the cut", () => {
    const emoji = {
      ...annotated,
      paragraphs: annotated.paragraphs.map((each, i) => (i === 0 ? { ...each, text: `${"😀".repeat(20)}` } : each)),
    };
    const { prefix } = textQuoteSelector(emoji, paragraph(emoji, 2));
    expect(prefix).toBe("😀".repeat(16));
  });
});

describe("essayRecord", () => {
  test("keeps every field of the model and adds the URLs of the essay and of each paragraph", () => {
    const record = essayRecord(bundled);
    expect(record).toMatchObject({ version: 1, type: "scholia-essay", slug: bundled.slug, title: bundled.title });
    expect(record.url).toBe(`${site}talking-about-talking/`);
    expect(record.urls.annotations).toBe(`${site}talking-about-talking/annotations.jsonld`);
    expect(record.entities).toEqual(bundled.entities);
    expect(record.paragraphs.map((each) => each.text)).toEqual(bundled.paragraphs.map((each) => each.text));
    expect(record.paragraphs[2]?.urls).toMatchObject({
      passage: `${site}talking-about-talking/p3/`,
      record: `${site}talking-about-talking/p3.json`,
      embed: `${site}embed/talking-about-talking/p3/`,
      oembed: `${site}oembed/talking-about-talking/p3.json`,
    });
  });
});
