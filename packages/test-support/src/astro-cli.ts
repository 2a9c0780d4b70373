import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/**
 * Astro's command-line entry, resolved the way the site at `reader` (its folder) resolves its
 * own `astro` dependency, wherever npm installed it.
 */
export function astroCli(reader: string): string {
  const require = createRequire(join(reader, "package.json"));
  let manifest: string;
  try {
    manifest = require.resolve("astro/package.json");
  } catch {
    throw new Error(`${reader} does not resolve "astro".\n  ↳ run npm ci at the repository's root, then try again`);
  }
  const bin = (JSON.parse(readFileSync(manifest, "utf8")) as { bin?: { astro?: string } }).bin?.astro;
  if (!bin) throw new Error(`${manifest} names no "astro" command.`);
  return join(dirname(manifest), bin);
}

/**
 * The command that runs `astro build` of the site at `reader` with this process's Node (the
 * pinned one when run through npm), with extra Node flags such as `--cpu-prof` first.
 */
export function astroBuildCommand(reader: string, nodeFlags: readonly string[] = []): [string, ...string[]] {
  return [process.execPath, ...nodeFlags, astroCli(reader), "build", "--root", reader];
}

/**
 * This process's environment without what Vitest adds to it (BASE_URL, MODE, PROD…): Vite reads
 * those, so a child build would otherwise take Vitest's base path for its own.
 */
export function buildEnvironment(): NodeJS.ProcessEnv {
  const vitest = new Set(["BASE_URL", "MODE", "DEV", "PROD", "SSR", "NODE_ENV", "TEST"]);
  return Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !vitest.has(name) && !name.startsWith("VITEST")),
  );
}
