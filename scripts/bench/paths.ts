import { fileURLToPath } from "node:url";

/** The repository's root folder. */
export const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** The reader app's folder. */
export const READER_DIR = fileURLToPath(new URL("../../apps/reader/", import.meta.url));

/** Astro's command-line entry, run with the benchmark's own Node. */
export const ASTRO_BIN = fileURLToPath(new URL("../../node_modules/astro/bin/astro.mjs", import.meta.url));
