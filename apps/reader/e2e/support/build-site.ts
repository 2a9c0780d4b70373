import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type BuildResult, buildSite as buildReader } from "@scholia/test-support";

/** This site's folder, the one whose `astro` builds it. */
export const READER = fileURLToPath(new URL("../../", import.meta.url));

export type { BuildResult };

/** Writes essays (file name → content) into a fresh temporary folder and returns its path. */
export async function essaysFolder(files: Record<string, string | Uint8Array>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "scholia-essays-"));
  for (const [name, content] of Object.entries(files)) await writeFile(join(dir, name), content);
  return dir;
}

/** Builds the reader on a folder of essays into a temporary folder, with an optional base path. */
export async function buildSite(essays: string, options: { base?: string } = {}): Promise<BuildResult> {
  const outDir = join(await mkdtemp(join(tmpdir(), "scholia-site-")), "dist");
  return buildReader({ reader: READER, essays, outDir, ...(options.base !== undefined && { base: options.base }) });
}
