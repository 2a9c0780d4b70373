import { parseEssay } from "@scholia/essay";
import { describe, expect, test } from "vitest";
import { sentenceSurroundings } from "../src/lib/sentence-context.ts";

const SENTENCE = "The ferry left the harbour at seven and the gulls followed it out. ";
const essay = parseEssay(`A Harbour Log\n\n${SENTENCE.repeat(400).trim()}\n`, { slug: "harbour-log" });
const paragraph = essay.paragraphs[0];

describe("sentenceSurroundings", () => {
  test("a sentence deep in a long paragraph gets a few hundred characters each way, in whole words", () => {
    if (!paragraph) throw new Error("no paragraph");
    const claim = paragraph.claims[200];
    if (!claim) throw new Error("no claim");
    const { before, after } = sentenceSurroundings(essay, paragraph, claim);
    expect(before.length).toBeGreaterThan(300);
    expect(before.length).toBeLessThanOrEqual(400);
    expect(after.length).toBeGreaterThan(300);
    expect(after.length).toBeLessThanOrEqual(400);
    expect(paragraph.text.slice(0, claim.start).endsWith(before)).toBe(true);
    expect(paragraph.text.slice(claim.end).startsWith(after)).toBe(true);
    // Whole words: the window starts after a space and ends before one.
    expect(paragraph.text[claim.start - before.length - 1]).toBe(" ");
    expect(paragraph.text[claim.end + after.length]).toBe(" ");
  });

  test("the first and last sentences get everything up to the paragraph's ends", () => {
    if (!paragraph) throw new Error("no paragraph");
    const first = paragraph.claims[0];
    const last = paragraph.claims.at(-1);
    if (!first || !last) throw new Error("no claims");
    expect(sentenceSurroundings(essay, paragraph, first).before).toBe("");
    expect(sentenceSurroundings(essay, paragraph, last).after).toBe("");
  });
});
