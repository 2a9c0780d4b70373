import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { REPO_ROOT } from "./paths.ts";
import { buildSite, type SiteBuild } from "./site-build.ts";
import { syntheticEssay } from "./synthetic-library.ts";

/** One collection of a multisite: a name (its base path) and which synthetic essays it holds. */
export interface Collection {
  /** The collection's base path without slashes, such as "politics"; also its folder in the output. */
  readonly name: string;
  /** Indexes of the synthetic essays it holds (see syntheticEssay). */
  readonly essays: readonly number[];
}

/** Where each collection was built, and what the build cost. */
export interface BuiltCollection extends Collection {
  readonly base: string;
  readonly outDir: string;
  readonly build: SiteBuild;
}

/**
 * Builds each collection on its own, from its own folder of essays, under its own base path
 * (`/<name>/`), into `<root>/<name>/`: the folder `root` is then one static site that any CDN
 * can serve, in which each collection's search can merge the others' indexes.
 */
export async function buildCollections(root: string, collections: readonly Collection[]): Promise<BuiltCollection[]> {
  await rm(root, { recursive: true, force: true });
  const built: BuiltCollection[] = [];
  for (const collection of collections) {
    const essays = await mkdtemp(join(tmpdir(), `bench-multisite-${collection.name}-`));
    for (const index of collection.essays) {
      const essay = syntheticEssay(index);
      await writeFile(join(essays, essay.fileName), essay.text);
      if (essay.notes) await writeFile(join(essays, essay.notes.fileName), essay.notes.text);
    }
    const base = `/${collection.name}/`;
    const outDir = join(root, collection.name);
    const build = await buildSite({ essays, outDir, env: { SCHOLIA_BASE: base } });
    built.push({ ...collection, base, outDir, build });
    await rm(essays, { recursive: true, force: true });
  }
  // Astro's cache (beside each output folder) is not part of what is served.
  await rm(join(root, ".astro-cache"), { recursive: true, force: true });
  return built;
}

/** The two small collections the multisite test and `node scripts/bench/multisite.ts` build. */
export const TWO_COLLECTIONS: readonly Collection[] = [
  { name: "north", essays: [0, 1, 2] },
  { name: "south", essays: [3, 4, 5] },
];

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const root = join(REPO_ROOT, "bench-out", "multisite");
  const built = await buildCollections(root, TWO_COLLECTIONS);
  for (const c of built) {
    process.stdout.write(`${c.base}: ${c.essays.length} essays in ${c.build.seconds.toFixed(1)} s → ${c.outDir}\n`);
  }
  process.stdout.write(
    `↳ serve ${root} from any static host; each collection's search can merge the others with pagefind.mergeIndex("/<name>/pagefind/")\n`,
  );
}
