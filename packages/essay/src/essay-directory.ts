import { readdir } from "node:fs/promises";
import { isAbsolute, join, relative } from "node:path";
import { EssayError, isEssayError } from "./errors.ts";
import { ESSAY_EXTENSIONS, RESERVED_SLUGS, slugOf } from "./essay-file.ts";
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

/** Lists the essay files of a folder (notes files aside), rejecting reserved and colliding slugs. */
export async function listEssayFiles(directory: string, displayRoot = process.cwd()): Promise<EssayFileEntry[]> {
  let names: string[];
  try {
    names = await readdir(directory);
  } catch {
    throw new EssayError(
      "no-essay-folder",
      "the essays folder cannot be read",
      "set SCHOLIA_ESSAYS to a folder of .txt or .md essays",
      {
        file: displayName(displayRoot, directory),
      },
    );
  }
  const entries = names
    .filter((name) => !name.startsWith(".") && !/\.notes\.[a-z]+$/i.test(name))
    .filter((name) => Object.keys(ESSAY_EXTENSIONS).some((ext) => name.toLowerCase().endsWith(ext)))
    .sort()
    .map((name) => ({
      slug: slugOf(name),
      path: join(directory, name),
      name: displayName(displayRoot, join(directory, name)),
    }));
  checkSlugs(entries);
  return entries;
}

/** A path as shown in messages: relative to `root` when inside it, absolute otherwise. */
function displayName(root: string, path: string): string {
  const inside = relative(root, path);
  return inside.startsWith("..") || isAbsolute(inside) ? path : inside;
}

function checkSlugs(entries: readonly EssayFileEntry[]): void {
  const bySlug = new Map<string, string>();
  for (const entry of entries) {
    if (!isEssaySlug(entry.slug) || RESERVED_SLUGS.has(entry.slug)) {
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
 * Reads and parses every essay of a folder. All bad files are reported together, in one
 * EssayError per file joined into one message, so an editor can fix them in one pass.
 */
export async function loadEssayDirectory(directory: string, displayRoot = process.cwd()): Promise<LoadedEssay[]> {
  const entries = await listEssayFiles(directory, displayRoot);
  const results = await Promise.allSettled(
    entries.map(async (entry) => ({ ...entry, essay: await readEssayFile(entry.path, entry.name) })),
  );
  const failures = results.flatMap((result) => (result.status === "rejected" ? [result.reason as unknown] : []));
  if (failures.length > 0) {
    const first = failures[0];
    if (failures.length === 1 && isEssayError(first)) throw first;
    // One error that lists every bad file: tools that show only one error still show them all.
    const messages = failures.map((error) => (error instanceof Error ? error.message : String(error)));
    throw new EssayError(
      "bad-essays",
      `${failures.length} essay files cannot be built:\n${messages.join("\n")}`,
      "fix or remove each file named above",
      { file: displayName(displayRoot, directory) },
    );
  }
  return results.flatMap((result) => (result.status === "fulfilled" ? [result.value] : []));
}
