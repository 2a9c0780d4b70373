import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseEssay } from "../../src/parse-essay.ts";
import { REPO_ROOT } from "../labels/paths.ts";

/** Where `eval:claims --write` records its summary and the tagger's fingerprint. */
export const SUMMARY_PATH = path.resolve(REPO_ROOT, "packages/essay/data/claims-eval.json");

const ESSAYS = [
  "apps/reader/essays/talking-about-talking.txt",
  "packages/essay/test/fixtures/claims/standing-army.txt",
  "packages/essay/test/fixtures/claims/minimum-wage.txt",
  "packages/essay/test/fixtures/claims/bus-beats-tram.md",
];

/**
 * A hash of what the tagger outputs (kind, thesis flag and cues of every sentence) on the essays
 * that live in the repository: any change to the tagger or its weights changes it.
 */
export function bundledFingerprint(): string {
  const hash = createHash("sha256");
  for (const file of ESSAYS) {
    const essay = parseEssay(readFileSync(path.resolve(REPO_ROOT, file)), {
      slug: "fingerprint",
      format: file.endsWith(".md") ? "markdown" : "text",
    });
    for (const claim of essay.paragraphs.flatMap((paragraph) => paragraph.claims)) {
      hash.update(`${claim.id}\t${claim.kind}\t${claim.thesis}\t${claim.cues.join("|")}\n`);
    }
  }
  return hash.digest("hex").slice(0, 16);
}
