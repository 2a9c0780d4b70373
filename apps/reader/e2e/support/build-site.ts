import { execFile } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const READER = fileURLToPath(new URL("../../", import.meta.url));
const ASTRO = fileURLToPath(new URL("../../node_modules/astro/bin/astro.mjs", import.meta.url));
const ROOT_ASTRO = fileURLToPath(new URL("../../../../node_modules/astro/bin/astro.mjs", import.meta.url));

/** The outcome of one site build: where it went, and what it printed. */
export interface BuildResult {
  readonly ok: boolean;
  readonly outDir: string;
  readonly output: string;
}

/** Writes essays (file name → content) into a fresh temporary folder and returns its path. */
export async function essaysFolder(files: Record<string, string | Uint8Array>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "scholia-essays-"));
  for (const [name, content] of Object.entries(files)) await writeFile(join(dir, name), content);
  return dir;
}

/** Builds the reader on a folder of essays into a temporary folder, with an optional base path. */
export async function buildSite(essays: string, options: { base?: string } = {}): Promise<BuildResult> {
  const outDir = await mkdtemp(join(tmpdir(), "scholia-site-"));
  const astro = await import("node:fs").then(({ existsSync }) => (existsSync(ASTRO) ? ASTRO : ROOT_ASTRO));
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [astro, "build"],
      {
        cwd: READER,
        env: {
          ...buildEnvironment(),
          SCHOLIA_ESSAYS: essays,
          SCHOLIA_OUT_DIR: join(outDir, "dist"),
          SCHOLIA_BASE: options.base ?? "/",
          ASTRO_TELEMETRY_DISABLED: "1",
        },
        maxBuffer: 64 * 1024 * 1024,
      },
      (error, stdout, stderr) => resolve({ ok: !error, outDir: join(outDir, "dist"), output: `${stdout}\n${stderr}` }),
    );
  });
}

/**
 * The test process's environment without what Vitest adds to it (BASE_URL, MODE, PROD…):
 * Vite reads those, so a child build would otherwise take Vitest's base path for its own.
 */
function buildEnvironment(): NodeJS.ProcessEnv {
  const vitest = new Set(["BASE_URL", "MODE", "DEV", "PROD", "SSR", "NODE_ENV", "TEST"]);
  return Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !vitest.has(name) && !name.startsWith("VITEST")),
  );
}
