import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseEssay } from "../src/parse-essay.ts";
import { crossValidate, type HeldOut } from "./claims/cross-validate.ts";
import { loadDataset } from "./claims/dataset.ts";
import { bundledFingerprint, SUMMARY_PATH } from "./claims/fingerprint.ts";
import { alignGold, type GoldClaim } from "./eval/align-gold.ts";
import { type ConfusionScores, scoreCalls } from "./eval/confusion.ts";
import { CORPUS, LABEL_STORE, REPO_ROOT, SHARED } from "./labels/paths.ts";

// Measures the claim tagger: leave-one-essay-out cross-validation on the labelled corpus (overall,
// per kind, per genre, thesis), then the shipped model on the bundled essay, which no model was
// trained on. `--write` also records the summary and the tagger's fingerprint in the repository.
const ESSAY = "apps/reader/essays/talking-about-talking.txt";
const out: string[] = [];
const say = (line = ""): void => {
  out.push(line);
};

const summary: Record<string, unknown> = {};
if (!existsSync(CORPUS)) {
  say(`The corpus is missing: ${path.relative(REPO_ROOT, CORPUS)} was not found.`);
  say(
    "  ↳ clone the repository beside the shared folder (../shared/corpus), or set SCHOLIA_SHARED; cross-validation skipped",
  );
} else {
  const data = loadDataset();
  if (data.missing.length > 0) say(`Labelled essays missing from the corpus (skipped): ${data.missing.join(", ")}`);
  if (data.unplaced > 0)
    say(`${data.unplaced} labels no longer align with the parser's sentences (see scripts/labels/realign-labels.ts)`);
  const held = crossValidate(data.rows);
  const overall = scoreCalls(held.map(call));
  say(`Cross-validated (leave one essay out): ${data.rows.length} labelled sentences, ${data.essays.length} essays`);
  say(`label store: ${path.relative(REPO_ROOT, LABEL_STORE)}`);
  say();
  table(overall);
  say();
  say(`${"genre".padEnd(62)} essays  sents  macro-F1  accuracy`);
  const genres = [...new Set(held.map((entry) => entry.row.genre))].sort();
  const perGenre: Record<string, number> = {};
  for (const genre of genres) {
    const subset = held.filter((entry) => entry.row.genre === genre);
    const scores = scoreCalls(subset.map(call));
    perGenre[genre] = round(scores.macroF1);
    const essays = new Set(subset.map((entry) => entry.row.file)).size;
    say(
      `${genre.padEnd(62)} ${String(essays).padStart(6)}  ${String(subset.length).padStart(5)}  ${fixed(scores.macroF1).padStart(8)}  ${fixed(scores.accuracy).padStart(8)}`,
    );
  }
  const thesis = thesisScores(held);
  say();
  say(
    `thesis: recall ${fixed(thesis.recall)} (${thesis.hits} of ${thesis.gold} labelled), precision ${fixed(thesis.precision)} (${thesis.hits} of ${thesis.flagged} flagged), ${thesis.perEssay}`,
  );
  Object.assign(summary, {
    crossValidation: {
      sentences: data.rows.length,
      essays: data.essays.length,
      macroF1: round(overall.macroF1),
      accuracy: round(overall.accuracy),
      kinds: Object.fromEntries(overall.kinds.map((row) => [row.kind, round(row.f1)])),
      genres: perGenre,
      thesisRecall: round(thesis.recall),
      thesisPrecision: round(thesis.precision),
    },
  });
}

say();
const goldPath = path.resolve(SHARED, "gold/talking-about-talking.claims.json");
if (!existsSync(goldPath)) {
  say(`The bundled essay's gold labels are missing: ${path.relative(REPO_ROOT, goldPath)} was not found.`);
  say("  ↳ put the shared folder beside the repository; the held-out score is skipped");
  process.exitCode = 2;
} else {
  const essay = parseEssay(readFileSync(path.resolve(REPO_ROOT, ESSAY)), { slug: "talking-about-talking" });
  const gold = JSON.parse(readFileSync(goldPath, "utf8")) as GoldClaim[];
  const aligned = alignGold(gold, essay.paragraphs);
  const scores = scoreCalls(
    aligned.map((entry) => ({ gold: entry.gold.kind, predicted: entry.predicted?.kind ?? "none" })),
  );
  const thesisHits = aligned.filter((entry) => entry.gold.thesis && entry.predicted?.thesis).length;
  const flagged = essay.paragraphs.flatMap((paragraph) => paragraph.claims).filter((claim) => claim.thesis).length;
  say(`Held out: ${ESSAY} (never in training), scored against ${path.relative(REPO_ROOT, goldPath)}`);
  say();
  table(scores);
  say(
    `thesis: ${thesisHits} of ${aligned.filter((entry) => entry.gold.thesis).length} labelled found, ${flagged} flagged`,
  );
  summary["bundled"] = { macroF1: round(scores.macroF1), accuracy: round(scores.accuracy) };
}
const text = `${out.join("\n")}\n`;
process.stdout.write(text);
if (process.argv.includes("--write")) {
  writeFileSync(SUMMARY_PATH, `${JSON.stringify({ ...summary, fingerprint: bundledFingerprint() }, null, 2)}\n`);
  process.stdout.write(`\nwrote ${path.relative(REPO_ROOT, SUMMARY_PATH)}\n`);
}

function call(entry: HeldOut): { gold: string; predicted: string } {
  return { gold: entry.row.kind, predicted: entry.kind };
}

function table(scores: ConfusionScores): void {
  say("kind            prec.  rec.   F1     gold  pred");
  for (const row of scores.kinds) {
    say(
      `${row.kind.padEnd(15)} ${fixed(row.precision)}  ${fixed(row.recall)}  ${fixed(row.f1)}  ${String(row.gold).padStart(4)}  ${String(row.predicted).padStart(4)}`,
    );
  }
  say(`macro-F1 (six kinds)  ${fixed(scores.macroF1)}`);
  say(`accuracy              ${fixed(scores.accuracy)}`);
}

function thesisScores(held: readonly HeldOut[]) {
  const gold = held.filter((entry) => entry.row.thesis).length;
  const flagged = held.filter((entry) => entry.thesis).length;
  const hits = held.filter((entry) => entry.row.thesis && entry.thesis).length;
  const counts = new Map<string, number>();
  for (const entry of held) if (entry.thesis) counts.set(entry.row.file, (counts.get(entry.row.file) ?? 0) + 1);
  const values = [...counts.values()];
  const perEssay = `${Math.min(...values)}–${Math.max(...values)} flagged per essay`;
  return {
    gold,
    flagged,
    hits,
    recall: gold === 0 ? 0 : hits / gold,
    precision: flagged === 0 ? 0 : hits / flagged,
    perEssay,
  };
}

function fixed(value: number): string {
  return value.toFixed(3);
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
