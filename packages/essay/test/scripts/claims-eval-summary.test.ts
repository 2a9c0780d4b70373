import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { bundledFingerprint, SUMMARY_PATH } from "../../scripts/claims/fingerprint.ts";

interface Summary {
  readonly fingerprint: string;
  readonly crossValidation?: { readonly macroF1: number };
}

describe("the committed claims evaluation", () => {
  test("was made with the tagger as it is now (re-run `npm run eval:claims -- --write` after any change)", () => {
    const summary = JSON.parse(readFileSync(SUMMARY_PATH, "utf8")) as Summary;
    expect(bundledFingerprint()).toBe(summary.fingerprint);
  });

  test("records the cross-validated score", () => {
    const summary = JSON.parse(readFileSync(SUMMARY_PATH, "utf8")) as Summary;
    expect(summary.crossValidation?.macroF1).toBeGreaterThan(0);
  });
});
