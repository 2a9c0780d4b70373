import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { classify, thesisProbability } from "../../src/claims/claim-model.ts";
import { CLAIM_WEIGHTS } from "../../src/claims/claim-weights.ts";
import { prepareSentences, tagClaims } from "../../src/claims/tag-claims.ts";
import { pickTheses } from "../../src/claims/thesis.ts";
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

describe("tagClaims and prepareSentences", () => {
  // The tagger classifies each sentence as it goes; training reads every sentence's features at
  // once. Both must see the same features, or the eval would measure another tagger.
  test.each(COMPOSED)("tag %s as the training features say", (file, format) => {
    const essay = parseEssay(fixture(file), { slug: "composed", format });
    const prose = essay.paragraphs.filter((paragraph) => paragraph.analysed);
    const headline = { headline: [essay.title, essay.subtitle ?? ""].join(" ") };
    const prepared = prepareSentences(prose, headline);
    const theses = pickTheses(prepared.map((entry) => thesisProbability(entry.thesis, CLAIM_WEIGHTS)));
    const expected = prepared.map((entry, i) => ({
      ...classify(entry.features, CLAIM_WEIGHTS),
      thesis: theses.has(i),
    }));
    const tagged = tagClaims(prose, headline)
      .flat()
      .map(({ kind, cues, thesis }) => ({ kind, cues, thesis }));
    expect(tagged).toEqual(expected);
    expect(tagged.some((claim) => claim.thesis)).toBe(true);
  });
});

describe("prepareSentences", () => {
  const sentence = (text: string, start: number) => ({ text, start, end: start + text.length });
  const names = (paragraphs: readonly (readonly string[])[]) =>
    prepareSentences(
      paragraphs.map((texts, index) => ({
        id: paragraphId(index + 1),
        index,
        sentences: texts.map((text) => sentence(text, 0)),
      })),
    ).map((entry) => entry.features.map((feature) => feature.name));

  test("gives a sentence without a cue of its own the cue families of its neighbours", () => {
    const [, plain] = names([["The audit found that a third of the meters were never read.", "That is a scandal."]]);
    expect(plain).toContain("previous:fact");
  });

  test("names a neighbour in another paragraph apart from one in the same paragraph", () => {
    const [, plain] = names([
      ["The audit found that a third of the meters were never read.", "That is a scandal."],
      ["The council should publish the audit."],
    ]);
    expect(plain).toContain("next-paragraph:ought");
    expect(plain).not.toContain("next:ought");
  });

  test("leaves a sentence with a cue of its own to that cue", () => {
    const [found, prescribed] = names([
      ["The audit found that a third of the meters were never read.", "The council should publish the audit."],
    ]);
    expect(prescribed).toContain("rule:ought:modal");
    expect(prescribed?.some((name) => name.startsWith("previous"))).toBe(false);
    expect(found?.some((name) => name.startsWith("next"))).toBe(false);
  });
});
