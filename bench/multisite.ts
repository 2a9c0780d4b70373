// npm run bench:multisite: builds two small synthetic collections apart, under their own base
// paths, into bench-out/multisite/, one static site whose searches can merge each other's indexes.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildCollections, type Collection } from "@scholia/test-support";
import { READER_DIR, REPO_ROOT } from "./paths.ts";
import { syntheticEssay } from "./synthetic-library.ts";

// Two small collections of synthetic essays (indexes into syntheticEssay), by name.
const TWO_COLLECTIONS: Readonly<Record<string, readonly number[]>> = {
  north: [0, 1, 2],
  south: [3, 4, 5],
};

const root = join(REPO_ROOT, "bench-out", "multisite");
const work = await mkdtemp(join(tmpdir(), "bench-multisite-"));
const collections: Collection[] = [];
for (const [name, indexes] of Object.entries(TWO_COLLECTIONS)) {
  const essays = await mkdtemp(join(work, `${name}-`));
  for (const index of indexes) {
    const essay = syntheticEssay(index);
    await writeFile(join(essays, essay.fileName), essay.text);
    if (essay.notes) await writeFile(join(essays, essay.notes.fileName), essay.notes.text);
  }
  collections.push({ name, essays });
}
const started = performance.now();
const built = await buildCollections(READER_DIR, root, collections);
await rm(work, { recursive: true, force: true });
for (const c of built) process.stdout.write(`${c.base}: ${TWO_COLLECTIONS[c.name]?.length} essays → ${c.outDir}\n`);
process.stdout.write(
  `${built.length} collections built in ${((performance.now() - started) / 1000).toFixed(1)} s\n↳ serve ${root} from any static host; each collection's search can merge the others with pagefind.mergeIndex("/<name>/pagefind/")\n`,
);
