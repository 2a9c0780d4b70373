import { isAbsolute, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Loader, LoaderContext } from "astro/loaders";
import { loadEssayDirectory } from "./essay-directory.ts";

/** Options for {@link essayLoader}. */
export interface EssayLoaderOptions {
  /**
   * The folder of essays: absolute, or relative to `root`.
   * @example "essays"
   */
  readonly directory: string;
  /**
   * The folder that relative paths and messages are taken from; defaults to the Astro project root.
   * @example "/srv/scholia"
   */
  readonly root?: string;
}

/**
 * An Astro content loader that parses every `.txt` and `.md` essay of a folder into the
 * essay model, one entry per essay keyed by its slug, and reloads on change in `astro dev`.
 */
export function essayLoader(options: EssayLoaderOptions): Loader {
  return {
    name: "scholia-essays",
    load: async (context) => {
      const root = options.root ?? fileURLToPath(context.config.root);
      const directory = isAbsolute(options.directory) ? options.directory : resolve(root, options.directory);
      await sync(context, directory, root);
      context.watcher?.add(directory);
      context.watcher?.on("all", async (_event, path) => {
        if (relative(directory, path).startsWith("..")) return;
        context.logger.info(`essays changed: ${relative(root, path)}`);
        await sync(context, directory, root).catch((error: unknown) => context.logger.error(String(error)));
      });
    },
  };
}

async function sync(context: LoaderContext, directory: string, root: string): Promise<void> {
  const loaded = await loadEssayDirectory(directory, root);
  context.store.clear();
  for (const { slug, essay, path } of loaded) {
    // Re-anchored notes still build, but the editor should fix their quotes.
    for (const warning of essay.diagnostics.filter((d) => d.code === "note-reanchored")) {
      context.logger.warn(`${warning.where.file ?? slug}:${warning.where.line ?? 1}: ${warning.message}`);
    }
    const data = JSON.parse(JSON.stringify(essay)) as Record<string, unknown>;
    context.store.set({ id: slug, data, filePath: relative(root, path), digest: context.generateDigest(data) });
  }
  context.logger.info(
    `${loaded.length} essay${loaded.length === 1 ? "" : "s"} parsed from ${relative(root, directory) || "."}`,
  );
}
