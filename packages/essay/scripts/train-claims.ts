import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadDataset } from "./claims/dataset.ts";
import { fitWeights } from "./claims/fit.ts";
import { importLabels } from "./labels/import-labels.ts";
import { CORPUS, option, requirePath } from "./labels/paths.ts";

// Retrains the claim tagger in one command: imports the labellers' files when --labels DIR is
// given, re-aligns the store with the current parser, fits the models on every labelled essay
// and writes the weights that ship with the package, then runs the evaluation and records its
// summary and fingerprint (the test that guards them fails until this has run).
// Usage: npm run train:claims -- [--labels DIR]   (DIR holds dump/, passA/, passB/, adjudicated/)
requirePath(CORPUS, "The corpus", "put the shared folder (with corpus/) beside the repository, or set SCHOLIA_SHARED");
const labels = option("labels");
if (labels) for (const line of importLabels(labels)) process.stdout.write(`imported ${line}\n`);
const data = loadDataset();
const weights = fitWeights(data.rows);
const target = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../src/claims/claim-weights.json");
writeFileSync(target, `${JSON.stringify(weights)}\n`);
process.stdout.write(
  `trained on ${weights.trainedOn.sentences} sentences of ${weights.trainedOn.essays} essays: ${Object.keys(weights.weights).length} features\n`,
);
if (data.unplaced > 0)
  process.stdout.write(`${data.unplaced} labels could not be placed (see scripts/labels/realign-labels.ts)\n`);
// A fresh process, so that the evaluation loads the weights just written.
const evaluation = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "eval-claims.ts");
execFileSync(process.execPath, [evaluation, "--write"], { stdio: "inherit" });
