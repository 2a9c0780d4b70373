import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { parseEssay } from "../../src/parse-essay.ts";
import type { ClaimKind, EssayFormat } from "../../src/types.ts";

interface GoldEntry {
  readonly id: string;
  readonly kind: ClaimKind;
  readonly thesis: boolean;
  readonly text: string;
}

const fixture = (name: string): Buffer => readFileSync(new URL(`../fixtures/claims/${name}`, import.meta.url));

describe("tagClaims on composed essays", () => {
  test.each<[string, EssayFormat, string]>([
    ["standing-army.txt", "text", "an 18th-century argument"],
    ["bus-beats-tram.md", "markdown", "a Markdown policy post with lists and a block quote"],
    ["minimum-wage.txt", "text", "a hard-wrapped policy post full of figures"],
  ])("agrees with the labels of %s (%s, %s)", (file, format) => {
    const essay = parseEssay(fixture(file), { slug: "composed", format });
    const gold = JSON.parse(fixture(file.replace(/\.\w+$/, ".claims.json")).toString()) as GoldEntry[];
    const claims = new Map(essay.paragraphs.flatMap((paragraph) => paragraph.claims).map((claim) => [claim.id, claim]));
    const agreed = gold.filter((entry) => {
      const claim = claims.get(entry.id as never);
      return claim?.text.startsWith(entry.text) && claim.kind === entry.kind;
    });
    expect(agreed.length / gold.length).toBeGreaterThanOrEqual(0.9);
  });

  test("gives every sentence exactly one claim whose offsets match its text", () => {
    const essay = parseEssay(fixture("standing-army.txt"), { slug: "composed" });
    for (const paragraph of essay.paragraphs) {
      expect(paragraph.claims).toHaveLength(paragraph.sentences.length);
      for (const claim of paragraph.claims) {
        expect(paragraph.text.slice(claim.start, claim.end)).toBe(claim.text);
        expect(claim.cues.length).toBeGreaterThan(0);
      }
    }
  });

  test("flags one to three thesis sentences", () => {
    for (const [file, format] of [
      ["standing-army.txt", "text"],
      ["bus-beats-tram.md", "markdown"],
      ["minimum-wage.txt", "text"],
    ] as const) {
      const essay = parseEssay(fixture(file), { slug: "composed", format });
      const theses = essay.paragraphs.flatMap((paragraph) => paragraph.claims).filter((claim) => claim.thesis);
      expect(theses.length).toBeGreaterThanOrEqual(1);
      expect(theses.length).toBeLessThanOrEqual(3);
    }
  });

  test.each([
    ["standing-army.txt", "p4.s1"],
    ["minimum-wage.txt", "p4.s1"],
  ])("flags the central prescription of %s (%s) as its thesis", (file, id) => {
    const essay = parseEssay(fixture(file), { slug: "composed" });
    const theses = essay.paragraphs.flatMap((paragraph) => paragraph.claims).filter((claim) => claim.thesis);
    expect(theses.map((claim) => claim.id)).toContain(id);
  });
});
