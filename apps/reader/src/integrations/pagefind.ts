import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { close, createIndex } from "pagefind";

/**
 * Builds the Pagefind search index over the built site once Astro has written it, the way
 * Starlight does, so the index is part of the build's output (and of its cache).
 */
export function pagefind(): AstroIntegration {
  return {
    name: "scholia-pagefind",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        const { index, errors } = await createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length > 0) throw new Error(`Pagefind could not index ${site}: ${added.errors.join("; ")}`);
        const written = await index.writeFiles({ outputPath: `${site}pagefind` });
        if (written.errors.length > 0)
          throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
        await close();
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(`Pagefind indexed ${added.page_count} pages in ${seconds} s`);
        logger.info(`↳ search index written to pagefind/`);
      },
    },
  };
}
