import { readdir } from "node:fs/promises";
import { isAbsolute, join, relative } from "node:path";
import { EssayError, formatReport, isEssayError } from "./errors.ts";
import { ESSAY_EXTENSIONS, slugOf } from "./essay-file.ts";
import { isEssaySlug } from "./ids.ts";
import { readEssayFile } from "./read-essay-file.ts";
import type { Essay } from "./types.ts";

/** One essay file found in a folder, with the slug it will be published under. */
export interface EssayFileEntry {
  readonly slug: string;
  readonly path: string;
  /** The path as shown in messages: relative to `displayRoot`. */
  readonly name: string;
}

/** An essay read from a folder, with where it came from. */
export interface LoadedEssay extends EssayFileEntry {
  readonly essay: Essay;
}

/** Options for {@link listEssayFiles} and {@link loadEssayDirectory}. */
export interface EssayDirectoryOptions {
  /**
   * The folder that paths in messages are shown relative to.
   * @example "/srv/scholia"
   */
  readonly displayRoot: string;
  /**
   * Slugs the caller's own routes use, which no essay may take.
   * @example ["search", "embed"]
   */
  readonly reservedSlugs?: Iterable<string>;
}

/** Lists the essay files of a folder (notes files aside), rejecting reserved and colliding slugs. */
export async function listEssayFiles(directory: string, options: EssayDirectoryOptions): Promise<EssayFileEntry[]> {
  let names: string[];
  try {
    names = await readdir(directory);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "unknown";
    throw new EssayError(
      "no-essay-folder",
      `the essays folder cannot be read (${code})`,
      code === "ENOENT" ? "create the folder, or point the build at a folder of essays" : "make the folder readable",
      { file: displayName(options.displayRoot, directory) },
    );
  }
  const entries = names
    .filter((name) => !name.startsWith(".") && !/\.notes\.[a-z]+$/i.test(name))
    .filter((name) => Object.keys(ESSAY_EXTENSIONS).some((ext) => name.toLowerCase().endsWith(ext)))
    .sort()
    .map((name) => ({
      slug: slugOf(name),
      path: join(directory, name),
      name: displayName(options.displayRoot, join(directory, name)),
    }));
  checkSlugs(entries, new Set(options.reservedSlugs ?? []));
  return entries;
}

/** A path as shown in messages: relative to `root` when inside it, absolute otherwise. */
export function displayName(root: string, path: string): string {
  const inside = relative(root, path);
  return inside.startsWith("..") || isAbsolute(inside) ? path : inside;
}

function checkSlugs(entries: readonly EssayFileEntry[], reserved: ReadonlySet<string>): void {
  const bySlug = new Map<string, string>();
  for (const entry of entries) {
    if (!isEssaySlug(entry.slug) || reserved.has(entry.slug)) {
      throw new EssayError(
        "reserved-slug",
        `the essay's slug "${entry.slug}" ${isEssaySlug(entry.slug) ? "is one of the site's own routes" : "is empty or invalid"}`,
        "rename the file: its name (without extension) becomes the essay's URL",
        { file: entry.name },
      );
    }
    const other = bySlug.get(entry.slug);
    if (other) {
      throw new EssayError(
        "duplicate-slug",
        `the essay has the same slug "${entry.slug}" as ${other}`,
        "rename one of the two files",
        {
          file: entry.name,
        },
      );
    }
    bySlug.set(entry.slug, entry.name);
  }
}

/**
 * Runs `work` on every entry and throws one error for all that failed, so an editor can fix
 * every bad file in one pass: the failure itself when there is one, else an aggregate, located
 * at `folder` (as shown in messages), that lists each file's message and hint.
 */
export async function settleAll<T, R>(
  entries: readonly T[],
  work: (entry: T) => Promise<R>,
  folder: string,
): Promise<R[]> {
  const results = await Promise.allSettled(entries.map(work));
  const failures = results.flatMap((result) => (result.status === "rejected" ? [result.reason as unknown] : []));
  if (failures.length === 0) return results.flatMap((result) => (result.status === "fulfilled" ? [result.value] : []));
  const first = failures[0];
  if (failures.length === 1) throw first;
  const essayErrors = failures.filter(isEssayError);
  // An error that is not the input's fault is a bug: let it surface with its stack.
  const bug = failures.find((failure) => !isEssayError(failure));
  if (bug) throw bug;
  throw new EssayError(
    "bad-essays",
    `${failures.length} files cannot be built:\n${essayErrors.map((error) => `  ${formatReport(error).replace(/\n/g, "\n  ")}`).join("\n")}`,
    "fix or remove each file named above",
    { file: folder },
  );
}

/**
 * Reads and parses every essay of a folder. All bad files are reported together (see
 * {@link settleAll}), so an editor can fix them in one pass.
 */
export async function loadEssayDirectory(directory: string, options: EssayDirectoryOptions): Promise<LoadedEssay[]> {
  const entries = await listEssayFiles(directory, options);
  const folder = displayName(options.displayRoot, directory);
  return settleAll(
    entries,
    async (entry) => ({ ...entry, essay: await readEssayFile(entry.path, entry.name) }),
    folder,
  );
}
