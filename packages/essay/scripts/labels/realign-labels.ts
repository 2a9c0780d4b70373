import { existsSync } from "node:fs";
import path from "node:path";
import { readCorpusEssay } from "./corpus.ts";
import { CORPUS, requirePath } from "./paths.ts";
import { realign } from "./realign.ts";
import { readStore } from "./store.ts";

// Re-aligns the stored labels with the current parser's sentences and reports every label it
// cannot place (and every current sentence left without one). Exit code 1 when any label is lost.
requirePath(CORPUS, "The corpus", "put the shared folder (with corpus/) beside the repository, or set SCHOLIA_SHARED");
let lost = 0;
for (const store of readStore()) {
  if (!existsSync(path.join(CORPUS, store.file))) {
    process.stdout.write(
      `${store.file}: the essay is missing from the corpus; its ${store.labels.length} labels cannot be placed\n`,
    );
    lost += store.labels.length;
    continue;
  }
  const { source, essay, bytes } = readCorpusEssay(store.file);
  void bytes;
  const result = realign(store, source, essay.paragraphs);
  const byHash = result.sentences.filter((entry) => entry.how === "hash").length;
  const byOverlap = result.sentences.filter((entry) => entry.how === "overlap").length;
  const unlabelled = result.sentences.filter((entry) => entry.how === "none");
  process.stdout.write(
    `${store.file}: ${byHash} placed by hash, ${byOverlap} by overlap, ${result.unplaced.length} labels unplaced, ${unlabelled.length} sentences unlabelled\n`,
  );
  for (const label of result.unplaced) {
    process.stdout.write(
      `  unplaced ${label.id} (${label.kind}, hash ${label.hash}, paragraph ${label.paragraph} ${label.start}–${label.end})\n`,
    );
  }
  for (const entry of unlabelled) {
    process.stdout.write(`  unlabelled ${entry.paragraph.id}.s${entry.index + 1}\n`);
  }
  lost += result.unplaced.length;
}
process.exitCode = lost > 0 ? 1 : 0;
