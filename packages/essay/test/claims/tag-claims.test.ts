import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { prepareSentences } from "../../src/claims/tag-claims.ts";
import { paragraphId } from "../../src/ids.ts";
import { parseEssay } from "../../src/parse-essay.ts";
import type { ClaimKind, EssayFormat } from "../../src/types.ts";

interface GoldEntry {
  readonly id: string;
  readonly kind: ClaimKind;
  readonly thesis: boolean;
  readonly text: string;
}

const fixture = (name: string): Buffer => readFileSync(new URL(`../fixtures/claims/${name}`, import.meta.url));

const COMPOSED: readonly [string, EssayFormat, number][] = [
  ["standing-army.txt", "text", 0.7],
  ["bus-beats-tram.md", "markdown", 0.6],
  ["minimum-wage.txt", "text", 0.6],
];

describe("tagClaims on composed essays", () => {
  test.each(COMPOSED)("agrees with most labels of %s (%s, at least %s)", (file, format, share) => {
    const essay = parseEssay(fixture(file), { slug: "composed", format });
    const gold = JSON.parse(fixture(file.replace(/\.\w+$/, ".claims.json")).toString()) as GoldEntry[];
    const claims = new Map(essay.paragraphs.flatMap((paragraph) => paragraph.claims).map((claim) => [claim.id, claim]));
    const agreed = gold.filter((entry) => {
      const claim = claims.get(entry.id as never);
      return claim?.text.startsWith(entry.text) && claim.kind === entry.kind;
    });
    expect(agreed.length / gold.length).toBeGreaterThanOrEqual(share);
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

  test.each(COMPOSED)("flags one to three thesis sentences in %s", (file, format) => {
    const essay = parseEssay(fixture(file), { slug: "composed", format });
    const theses = essay.paragraphs.flatMap((paragraph) => paragraph.claims).filter((claim) => claim.thesis);
    expect(theses.length).toBeGreaterThanOrEqual(1);
    expect(theses.length).toBeLessThanOrEqual(3);
  });
});

describe("prepareSentences", () => {
  test("gives each sentence the cue families of its neighbours in the same paragraph only", () => {
    const sentence = (text: string, start: number) => ({ text, start, end: start + text.length });
    const prepared = prepareSentences([
      {
        id: paragraphId(1),
        index: 0,
        sentences: [
          sentence("The audit found that a third of the meters were never read.", 0),
          sentence("That is a scandal.", 61),
        ],
      },
      { id: paragraphId(2), index: 1, sentences: [sentence("The council should publish the audit.", 0)] },
    ]);
    const names = prepared.map((entry) => entry.features.map((feature) => feature.name));
    expect(names[1]).toContain("previous:fact");
    expect(names[0]).not.toContain("next:ought");
    expect(names[1]).not.toContain("next:ought");
    expect(names[2]?.some((name) => name.startsWith("previous:"))).toBe(false);
  });
});
