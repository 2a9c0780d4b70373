import path from "node:path";
import { viewSentence } from "../../src/claims/sentence-view.ts";
import { scoreCalls } from "../eval/confusion.ts";
import { CORPUS, requirePath } from "../labels/paths.ts";
import { crossValidate } from "./cross-validate.ts";
import { loadDataset, type Row } from "./dataset.ts";
import {
  CLUSTER_VARIANTS,
  type ClusterVariant,
  clusterFeatures,
  readClusters,
  type WordClusters,
} from "./word-clusters.ts";

// Measures whether distributional word features would help the claim tagger: the leave-one-essay-out
// table of the shipped features, then of the shipped features plus each cluster variant, for each
// clusters file given (as written by derive-word-clusters.ts). The tagger itself is not changed.
// Usage: node packages/essay/scripts/claims/eval-word-clusters.ts CLUSTERS.json [MORE.json …] [--variants a,b+c]
requirePath(CORPUS, "The corpus", "put the shared folder (with corpus/) beside the repository, or set SCHOLIA_SHARED");
const args = process.argv.slice(2);
const at = args.indexOf("--variants");
// A variant may join several with "+" ("after-modal+dense"): their features together.
const variants: string[] = at >= 0 ? (args[at + 1] ?? "").split(",") : [...CLUSTER_VARIANTS];
const unknown = variants
  .flatMap((variant) => variant.split("+"))
  .filter((variant) => !(CLUSTER_VARIANTS as readonly string[]).includes(variant));
if (unknown.length > 0) fail(`unknown variant ${unknown.join(", ")}; the variants are ${CLUSTER_VARIANTS.join(", ")}`);
const files = at >= 0 ? args.filter((_, i) => i !== at && i !== at + 1) : args;
if (files.length === 0) fail("give the clusters file(s) to compare (see derive-word-clusters.ts)");
let tables: [string, WordClusters][] = [];
try {
  tables = files.map((file) => [file, readClusters(file)]);
} catch (error) {
  fail((error as Error).message);
}

const texts: string[] = [];
const data = loadDataset((text) => {
  texts.push(text);
  return [];
});
const kinds = ["recommendation", "prediction", "evidence", "attribution", "concession", "assessment"];
process.stdout.write(
  `${"clusters".padEnd(28)} ${"variant".padEnd(21)} macro-F1  acc.   ${kinds.map((kind) => kind.slice(0, 6)).join("  ")}\n`,
);
report("(none)", "shipped features", data.rows);
for (const [file, table] of tables) {
  const views = texts.map((text) => viewSentence(text));
  for (const variant of variants) {
    const rows: Row[] = data.rows.map((row, i) => ({
      ...row,
      features: [
        ...row.features,
        ...(variant.split("+") as ClusterVariant[]).flatMap((part) =>
          clusterFeatures(views[i] ?? viewSentence(""), table, part),
        ),
      ],
    }));
    report(path.basename(file), variant, rows);
  }
}

function report(file: string, variant: string, rows: readonly Row[]): void {
  const scores = scoreCalls(crossValidate(rows).map((entry) => ({ gold: entry.row.kind, predicted: entry.kind })));
  const f1 = kinds.map((kind) => (scores.kinds.find((row) => row.kind === kind)?.f1 ?? 0).toFixed(3).padStart(6));
  process.stdout.write(
    `${file.padEnd(28)} ${variant.padEnd(21)} ${scores.macroF1.toFixed(3).padStart(8)}  ${scores.accuracy.toFixed(3)}  ${f1.join("  ")}\n`,
  );
}

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}
