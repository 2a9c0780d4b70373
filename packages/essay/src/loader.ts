import { isAbsolute, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Loader, LoaderContext } from "astro/loaders";
import { displayName, listEssayFiles, settleAll } from "./essay-directory.ts";
import { formatOf, slugOf } from "./essay-file.ts";
import { essaySchema } from "./essay-schema.ts";
import { attachNotes } from "./notes/attach-notes.ts";
import { notesPathOf, readNotesSource } from "./notes/read-notes-file.ts";
import { parseEssay } from "./parse-essay.ts";
import { parserFingerprint, sourceDigest } from "./parser-fingerprint.ts";
import { readFileBytes } from "./read-essay-file.ts";

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
  /**
   * Slugs taken by the site's own routes, which an essay file may not have.
   * @example ["search", "embed", "oembed", "pagefind"]
   */
  readonly reservedSlugs?: Iterable<string>;
}

/**
 * An Astro content loader that parses every essay of a folder into the essay model, one entry
 * per essay keyed by its slug, validated against the model's schema. Like Astro's `glob()` it
 * keeps an entry whose essay, notes file and parser have not changed (by digest), reparses only
 * what changed, and drops entries whose files are gone; in `astro dev` it reloads on change.
 */
export function essayLoader(options: EssayLoaderOptions): Loader {
  return {
    name: "scholia-essays",
    schema: essaySchema,
    load: async (context) => {
      const root = options.root ?? fileURLToPath(context.config.root);
      const directory = isAbsolute(options.directory) ? options.directory : resolve(root, options.directory);
      const reservedSlugs = [...(options.reservedSlugs ?? [])];
      const sync = () => syncEssays(context, { directory, root, reservedSlugs });
      await sync();
      context.watcher?.add(directory);
      context.watcher?.on("all", async (_event, path) => {
        if (relative(directory, path).startsWith("..")) return;
        context.logger.info(`essays changed: ${relative(root, path)}`);
        await sync().catch((error: unknown) =>
          context.logger.error(error instanceof Error ? error.message : String(error)),
        );
      });
    },
  };
}

interface SyncOptions {
  readonly directory: string;
  readonly root: string;
  readonly reservedSlugs: readonly string[];
}

async function syncEssays(context: LoaderContext, options: SyncOptions): Promise<void> {
  const entries = await listEssayFiles(options.directory, {
    displayRoot: options.root,
    reservedSlugs: options.reservedSlugs,
  });
  const fingerprint = await parserFingerprint();
  const outcomes = await settleAll(
    entries,
    async (entry) => {
      const bytes = await readFileBytes(entry.path, entry.name);
      const notes = await readNotesSource(entry.path, entry.name);
      const digest = sourceDigest(fingerprint, bytes, notes);
      if (context.store.get(entry.slug)?.digest === digest) return "kept";
      const parsed = parseEssay(bytes, { slug: slugOf(entry.name), format: formatOf(entry.name), file: entry.name });
      const essay = notes === undefined ? parsed : attachNotes(parsed, notes, notesPathOf(entry.name));
      // Re-anchored notes still build, but the editor should fix their quotes.
      for (const warning of essay.diagnostics.filter((d) => d.code === "note-reanchored")) {
        context.logger.warn(`${warning.where.file ?? entry.name}:${warning.where.line ?? 1}: ${warning.message}`);
      }
      const filePath = relative(options.root, entry.path);
      const data = await context.parseData({ id: entry.slug, data: JSON.parse(JSON.stringify(essay)), filePath });
      context.store.set({ id: entry.slug, data, filePath, digest });
      return "parsed";
    },
    displayName(options.root, options.directory),
  );
  const slugs = new Set(entries.map((entry) => entry.slug));
  for (const id of context.store.keys()) if (!slugs.has(id)) context.store.delete(id);
  const parsed = outcomes.filter((outcome) => outcome === "parsed").length;
  const where = relative(options.root, options.directory) || ".";
  context.logger.info(
    `${entries.length} essay${entries.length === 1 ? "" : "s"} in ${where}: ${parsed} parsed, ${entries.length - parsed} unchanged`,
  );
}
