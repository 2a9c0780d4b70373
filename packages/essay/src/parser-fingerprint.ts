import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

let cached: Promise<string> | undefined;

/**
 * A hash of this package's own code (every file of the folder this module runs from), so that
 * a stored essay is reparsed when the parser changes, not only when the essay does.
 */
export function parserFingerprint(): Promise<string> {
  // The code (dist/ when built, src/ when run from source) and any data it ships (weights, lists).
  cached ??= Promise.all([
    hashFolder(fileURLToPath(new URL(".", import.meta.url))),
    hashFolder(fileURLToPath(new URL("../data/", import.meta.url))),
  ]).then((parts) => parts.join("."));
  return cached;
}

/** The digest of one essay's inputs: the parser, the essay's bytes and its notes file (if any). */
export function sourceDigest(fingerprint: string, essay: Uint8Array, notes: string | undefined): string {
  const hash = createHash("sha256").update(fingerprint).update("\0").update(essay);
  if (notes !== undefined) hash.update("\0notes\0").update(notes);
  return hash.digest("base64url");
}

async function hashFolder(folder: string): Promise<string> {
  const found = await readdir(folder, { recursive: true, withFileTypes: true }).catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") return [];
      throw error;
    },
  );
  const names = found
    .filter((entry) => entry.isFile() && /\.(?:[cm]?js|ts|json)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  const hash = createHash("sha256");
  for (const name of names)
    hash
      .update(name.slice(folder.length))
      .update("\0")
      .update(await readFile(name));
  return hash.digest("base64url");
}
