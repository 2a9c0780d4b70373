import { mkdir, rm } from "node:fs/promises";
import { join } from "node:path";
import { type BuildResult, buildSite } from "./site-build.ts";

/** One collection of a multisite: its name (and base path) and the folder of essays it holds. */
export interface Collection {
  /** The collection's base path without slashes, such as "politics"; also its folder in the output. */
  readonly name: string;
  /** The collection's essays folder. */
  readonly essays: string;
}

/** Where one collection was built, under which base path, and what the build printed. */
export interface BuiltCollection extends Collection {
  readonly base: string;
  readonly outDir: string;
  readonly build: BuildResult;
}

/**
 * Builds each collection of the site at `reader` on its own, from its own essays folder, under
 * its own base path (`/<name>/`), into `<root>/<name>/`: `root` is then one static site that any
 * CDN can serve, in which each collection's search can merge the others' indexes. `root` must
 * lie inside the repository (see SiteBuildOptions.cwd); a failed build throws with its output.
 */
export async function buildCollections(
  reader: string,
  root: string,
  collections: readonly Collection[],
): Promise<BuiltCollection[]> {
  await rm(root, { recursive: true, force: true });
  await mkdir(root, { recursive: true });
  const built: BuiltCollection[] = [];
  for (const collection of collections) {
    const base = `/${collection.name}/`;
    const outDir = join(root, collection.name);
    const build = await buildSite({ reader, essays: collection.essays, outDir, base, cwd: root });
    if (!build.ok) throw new Error(`The build of collection ${base} failed:\n${build.output.slice(-4000)}`);
    built.push({ ...collection, base, outDir, build });
  }
  // Astro's cache (beside each output folder) is not part of what is served.
  await rm(join(root, ".astro-cache"), { recursive: true, force: true });
  return built;
}
