import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The repository's root folder. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..");

/** Where the label store lives: one `<file>.labels.json` per corpus essay, and `genres.json`. */
export const LABEL_STORE = path.resolve(REPO_ROOT, "packages/essay/data/labels");

/** The shared folder beside the repository (`SCHOLIA_SHARED` overrides it). */
export const SHARED = path.resolve(process.env["SCHOLIA_SHARED"] ?? path.resolve(REPO_ROOT, "../shared"));

/** The folder of corpus essays the labels refer to. */
export const CORPUS = path.resolve(SHARED, "corpus");

/** The value after `--name` on the command line, if given. */
export function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

/** Ends the script with a plain message (no stack trace) when a folder or file it needs is missing. */
export function requirePath(where: string, what: string, hint: string): string {
  if (existsSync(where)) return where;
  process.stderr.write(`${what} not found at ${path.relative(process.cwd(), where) || where}\n  ↳ ${hint}\n`);
  process.exit(2);
}
