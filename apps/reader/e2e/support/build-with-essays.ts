import { execFile } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const READER = fileURLToPath(new URL("../../", import.meta.url));

/** The outcome of building the reader on a folder of essays. */
export interface EssaysBuild {
  readonly ok: boolean;
  readonly output: string;
}

/** Writes files into a fresh temporary essays folder and builds the reader on it into a temporary folder. */
export async function buildWithEssays(files: Record<string, string>): Promise<EssaysBuild> {
  const essays = await mkdtemp(join(tmpdir(), "scholia-edition-essays-"));
  for (const [name, content] of Object.entries(files)) await writeFile(join(essays, name), content);
  const out = await mkdtemp(join(tmpdir(), "scholia-edition-site-"));
  return new Promise((resolve) => {
    execFile(
      "npx",
      ["astro", "build"],
      {
        cwd: READER,
        env: {
          ...process.env,
          SCHOLIA_ESSAYS: essays,
          SCHOLIA_OUT_DIR: join(out, "dist"),
          ASTRO_TELEMETRY_DISABLED: "1",
        },
        maxBuffer: 32 * 1024 * 1024,
      },
      (error, stdout, stderr) => resolve({ ok: !error, output: `${stdout}\n${stderr}` }),
    );
  });
}
