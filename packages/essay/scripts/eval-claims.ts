import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseEssay } from "../src/parse-essay.ts";
import { alignGold, type GoldClaim } from "./eval/align-gold.ts";
import { formatReport } from "./eval/format-report.ts";
import { scoreClaims } from "./eval/metrics.ts";

// Measures the claim tagger against the careful human labels of the bundled essay.
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const essayPath = path.resolve(repoRoot, "apps/reader/essays/talking-about-talking.txt");
const goldPath = path.resolve(repoRoot, "../shared/gold/talking-about-talking.claims.json");

const essay = parseEssay(readFileSync(essayPath), { slug: "talking-about-talking", file: essayPath });
const gold = JSON.parse(readFileSync(goldPath, "utf8")) as GoldClaim[];
const aligned = alignGold(gold, essay.paragraphs);
const claims = essay.paragraphs.flatMap((paragraph) => paragraph.claims);
const scores = scoreClaims(aligned, claims.length, claims.filter((claim) => claim.thesis).length);
process.stdout.write(formatReport(scores, path.relative(repoRoot, essayPath), path.relative(repoRoot, goldPath)));
if (process.argv.includes("--errors")) {
  for (const entry of aligned) {
    if (entry.predicted?.kind === entry.gold.kind && entry.predicted.thesis === entry.gold.thesis) continue;
    const got = entry.predicted ? `${entry.predicted.kind}${entry.predicted.thesis ? "*" : ""}` : "none";
    const cues = entry.predicted?.cues.join(" ") ?? "";
    process.stdout.write(
      `${entry.gold.id} gold=${entry.gold.kind}${entry.gold.thesis ? "*" : ""} got=${got} [${cues}] ${entry.gold.text.slice(0, 90)}\n`,
    );
  }
}
