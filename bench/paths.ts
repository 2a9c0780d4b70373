import { fileURLToPath } from "node:url";

/** The repository's root folder. */
export const REPO_ROOT = fileURLToPath(new URL("../", import.meta.url));

/** The reader app's folder: the site the benchmark builds. */
export const READER_DIR = fileURLToPath(new URL("../apps/reader/", import.meta.url));
