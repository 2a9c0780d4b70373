import { loadDataset } from "./claims/dataset.ts";
import { type FitOptions, KIND_OPTIONS, PRIOR_STRENGTH } from "./claims/fit.ts";
import { compareOptions } from "./claims/tune-options.ts";
import { CORPUS, requirePath } from "./labels/paths.ts";

// Compares the kind model's trainer settings by cross-validated macro-F1, each averaged over
// several shuffle seeds (one seed's figure moves by about ±0.005), varying one setting at a time
// around the shipped ones: the check to run after the features change, before retraining.
// Usage: npm run tune:claims -w @scholia/essay [-- --seeds N]
requirePath(CORPUS, "The corpus", "put the shared folder (with corpus/) beside the repository, or set SCHOLIA_SHARED");
const at = process.argv.indexOf("--seeds");
const seeds = at > 0 ? Number(process.argv[at + 1]) : 3;
if (!Number.isInteger(seeds) || seeds < 1) {
  process.stderr.write(`tune-claims: --seeds takes a whole number of at least 1, not "${process.argv[at + 1]}"\n`);
  process.exit(2);
}
const shipped: FitOptions = { ...KIND_OPTIONS, priorStrength: PRIOR_STRENGTH };
const variants: [string, FitOptions][] = [["shipped", shipped]];
const around = (value: number, factors: readonly number[]) => factors.map((factor) => value * factor);
for (const l2 of around(shipped.l2 ?? 0.1, [0.5, 2])) variants.push([`l2 ${l2}`, { ...shipped, l2 }]);
for (const balance of [0.3, 0.7]) variants.push([`balance ${balance}`, { ...shipped, balance }]);
for (const priorStrength of around(PRIOR_STRENGTH, [2 / 3, 4 / 3])) {
  variants.push([`prior strength ${priorStrength}`, { ...shipped, priorStrength }]);
}
for (const minCount of [1, 3]) variants.push([`minCount ${minCount}`, { ...shipped, minCount }]);
const data = loadDataset();
process.stdout.write(`${data.rows.length} labelled sentences, ${data.essays.length} essays, ${seeds} seeds each\n`);
process.stdout.write(`${"settings".padEnd(24)} macro-F1  (min–max)      accuracy\n`);
for (const result of compareOptions(data.rows, variants, seeds)) {
  process.stdout.write(
    `${result.label.padEnd(24)} ${result.macroF1.toFixed(4)}    (${result.min.toFixed(3)}–${result.max.toFixed(3)})  ${result.accuracy.toFixed(3)}\n`,
  );
}
