import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { tagClaim } from "../../src/claims/tag-claim.ts";
import type { ClaimKind } from "../../src/types.ts";

interface Labelled {
  readonly text: string;
  readonly kind: ClaimKind;
  readonly why: string;
  /** A second kind a careful reader could defend under CLAIMS.md. */
  readonly altKind?: ClaimKind;
}

const load = (name: string): Labelled[] =>
  JSON.parse(readFileSync(new URL(`../fixtures/claims/${name}`, import.meta.url), "utf8")) as Labelled[];

describe("tagClaim", () => {
  test.each(load("sentences.json"))("tags “$text” as $kind ($why)", ({ text, kind }) => {
    expect(tagClaim(text).kind).toBe(kind);
  });

  test.each(load("sentences-more.json"))("tags “$text” as $kind ($why)", ({ text, kind, altKind }) => {
    expect([kind, altKind]).toContain(tagClaim(text).kind);
  });

  test.each([
    ["Parliament should act.", "modal:should"],
    ["Officials believe that prices will fall.", "reporting-verb:believe"],
    ["Prices rose 12% in 2021.", "number:12%"],
    ["It is possible that the critics are right.", "concessive:it is possible that"],
    ["Raise the wage.", "imperative:raise"],
  ])("explains “%s” with the cue %s", (text, cue) => {
    expect(tagClaim(text).cues).toContain(cue);
  });

  test("marks a sentence without cues as the author's assessment", () => {
    expect(tagClaim("The argument rests on a confusion.")).toEqual({
      kind: "assessment",
      cues: ["default:assessment"],
    });
  });

  test("names the steering lead-in it looked past", () => {
    expect(tagClaim("Consider the case of a small bakery.").cues).toContain("steering:consider");
  });
});
