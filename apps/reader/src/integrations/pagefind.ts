import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Essay } from "@scholia/essay";
import type { AstroIntegration } from "astro";
import { close, createIndex } from "pagefind";
import { searchRecords } from "./search-records.ts";

/**
 * Builds the Pagefind index once Astro has written the site (as Starlight does), with one
 * custom record per passage rather than one per HTML page: every result is a passage, and
 * its `essay`, `kind` and `actor` filters belong to that passage alone. HTML pages are not
 * indexed, so no text is indexed twice. The essays are read back from the `<slug>.json`
 * records the build has just written, not parsed a second time.
 */
export function pagefind(): AstroIntegration {
  return {
    name: "scholia-pagefind",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        const essays = await builtEssays(site);
        const { index, errors } = await createIndex({ forceLanguage: "en" });
        let passages = 0;
        let runs = 0;
        // Pagefind runs as a service process: stop it whatever happens, as Starlight does.
        try {
          if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
          for (const essay of essays) {
            // One essay's passages at a time: concurrent enough to keep Pagefind's service busy.
            const records = searchRecords(essay);
            const added = await Promise.all(records.map((record) => index.addCustomRecord(record)));
            const failed = added.flatMap((response, i) =>
              response.errors.map((error) => `${records[i]?.url}: ${error}`),
            );
            if (failed.length > 0) throw new Error(`Pagefind could not index ${essay.slug}.json: ${failed.join("; ")}`);
            passages += essay.paragraphs.length;
            runs += records.length;
          }
          const written = await index.writeFiles({ outputPath: `${site}pagefind` });
          if (written.errors.length > 0)
            throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
        } finally {
          await close();
        }
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(
          `Pagefind indexed ${passages} passages of ${essays.length} essays, in ${runs} runs, in ${seconds} s`,
        );
        logger.info(`↳ search index written to pagefind/; each result is a run of passages, shown passage by passage`);
      },
    },
  };
}

/** The essay records (`<slug>.json`, whole models) at the top of the built site. */
async function builtEssays(site: string): Promise<Essay[]> {
  const names = (await readdir(site)).filter((name) => name.endsWith(".json")).sort();
  const records = await Promise.all(
    names.map(async (name) => JSON.parse(await readFile(join(site, name), "utf8")) as Essay & { type?: string }),
  );
  return records.filter((record) => record.type === "scholia-essay");
}
