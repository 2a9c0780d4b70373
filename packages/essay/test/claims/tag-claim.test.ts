import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { DEFAULT_CUE } from "../../src/claims/claim-model.ts";
import { tagClaim } from "../../src/claims/tag-claim.ts";
import type { ClaimKind } from "../../src/types.ts";

interface Labelled {
  readonly text: string;
  readonly kind: ClaimKind;
  readonly why: string;
  /** A second kind a careful reader could defend under docs/claims.md. */
  readonly altKind?: ClaimKind;
}

const load = (name: string): Labelled[] =>
  JSON.parse(readFileSync(new URL(`../fixtures/claims/${name}`, import.meta.url), "utf8")) as Labelled[];

// The tagger is a learned model, measured by `npm run eval:claims`; these composed sentences check
// that it stays close to the taxonomy on clear cases (the shares are what it scored when trained).
describe("tagClaim", () => {
  test.each([
    ["sentences.json", 0.75],
    ["sentences-more.json", 0.7],
  ])("tags most composed sentences of %s as labelled (at least %s)", (file, share) => {
    const items = load(file);
    const agreed = items.filter((item) => [item.kind, item.altKind].includes(tagClaim(item.text).kind));
    expect(agreed.length / items.length).toBeGreaterThanOrEqual(share);
  });

  test.each([
    ["Parliament should act.", "recommendation", 'decided by "should"'],
    ["Prices rose 12% in 2021.", "evidence", 'a number reported as fact: "12%"'],
    ["The new data show that rents fell.", "evidence", 'cites a record: "data show"'],
    ["Let no man doubt our resolve.", "recommendation", 'a command: "let"'],
    ["It is our duty to keep the channel clear.", "recommendation", 'prescribes: "it is our duty to"'],
  ])("tags “%s” as %s and explains it with the cue %s", (text, kind, cue) => {
    const tagged = tagClaim(text);
    expect(tagged.kind).toBe(kind);
    expect(tagged.cues).toContain(cue);
  });

  test("says in words that a sentence without cues is an assertion by default", () => {
    expect(tagClaim("Mutual mistrust runs deep in both capitals.")).toEqual({
      kind: "assessment",
      cues: [DEFAULT_CUE],
    });
  });

  test.each([
    "Parliament should act.",
    "Officials believe that prices will fall.",
    "Consider the case of a small bakery.",
    "It is possible that the critics are right.",
    "Raise the wage, and the shops will close.",
    "What should the council do?",
  ])("gives cues in words, never internal codes: “%s”", (text) => {
    for (const cue of tagClaim(text).cues) {
      expect(cue).not.toMatch(/^[a-z-]+:[a-z]/);
      expect(cue).toMatch(/ /);
    }
  });

  test.each([
    ["Side effects might include nausea.", "recommendation"],
    ["The 64-bit build is faster than the old one.", "evidence"],
    ["See the image at https://example.org/2019/chart-12.png for details.", "evidence"],
    ["The clause was struck out.[13]", "evidence"],
  ])("does not read “%s” as %s", (text, kind) => {
    expect(tagClaim(text).kind).not.toBe(kind);
  });
});
