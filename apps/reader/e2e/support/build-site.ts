import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type BuildResult, buildSite as buildReader } from "@scholia/test-support";

/** This site's folder, the one whose `astro` builds it. */
export const READER = fileURLToPath(new URL("../../", import.meta.url));

export type { BuildResult };

// The temporary folders this test file made, removed after it (e2e/support/remove-temp-folders.ts).
const made = new Set<string>();

async function tempFolder(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  made.add(dir);
  return dir;
}

/** Writes essays (file name → content) into a fresh temporary folder and returns its path. */
export async function essaysFolder(files: Record<string, string | Uint8Array>): Promise<string> {
  const dir = await tempFolder("scholia-essays-");
  for (const [name, content] of Object.entries(files)) await writeFile(join(dir, name), content);
  return dir;
}

/** Builds the reader on a folder of essays into a temporary folder, with an optional base path. */
export async function buildSite(essays: string, options: { base?: string } = {}): Promise<BuildResult> {
  const outDir = join(await tempFolder("scholia-site-"), "dist");
  return buildReader({ reader: READER, essays, outDir, ...(options.base !== undefined && { base: options.base }) });
}

/** Removes every temporary essays and site folder made so far (Astro's cache beside a site's output included). */
export async function removeTempFolders(): Promise<void> {
  const folders = [...made];
  made.clear();
  await Promise.all(folders.map((dir) => rm(dir, { recursive: true, force: true })));
}
