import { execFile } from "node:child_process";
import { stripVTControlCharacters } from "node:util";
import { astroBuildCommand, buildEnvironment } from "./astro-cli.ts";

/** What to build: the site's folder, the essays it reads, and where its output goes. */
export interface SiteBuildOptions {
  /** The Astro site's folder (the one holding its package.json and astro.config.ts). */
  readonly reader: string;
  /** The essays folder (SCHOLIA_ESSAYS). */
  readonly essays: string;
  /** The output folder (SCHOLIA_OUT_DIR); Astro's cache goes beside it. */
  readonly outDir: string;
  /** The base path (SCHOLIA_BASE), `/` unless given. */
  readonly base?: string;
  /**
   * The folder the build runs from, the site's folder unless given. Astro keeps a build's
   * prerender chunks inside `outDir` only when `outDir` lies inside this folder (otherwise in
   * `<cwd>/.astro/.prerender/`, shared with any build running at the same time), and the chunks
   * must lie where the site's node_modules can be found.
   */
  readonly cwd?: string;
  /** More environment variables for the build. */
  readonly env?: Readonly<Record<string, string>>;
}

/** The outcome of one site build: whether it succeeded, where it went, and what it printed (as plain text, colours removed). */
export interface BuildResult {
  readonly ok: boolean;
  readonly outDir: string;
  readonly output: string;
}

/** Runs `astro build` of the site on a folder of essays; resolves (never rejects) with what it printed. */
export function buildSite(options: SiteBuildOptions): Promise<BuildResult> {
  const [node, ...args] = astroBuildCommand(options.reader);
  return new Promise((resolve) => {
    execFile(
      node,
      args,
      {
        cwd: options.cwd ?? options.reader,
        env: {
          ...buildEnvironment(),
          ASTRO_TELEMETRY_DISABLED: "1",
          ...options.env,
          SCHOLIA_ESSAYS: options.essays,
          SCHOLIA_OUT_DIR: options.outDir,
          SCHOLIA_BASE: options.base ?? "/",
        },
        maxBuffer: 64 * 1024 * 1024,
      },
      // Astro colours its output where CI is set; tests read the words, so the colours go.
      (error, stdout, stderr) =>
        resolve({ ok: !error, outDir: options.outDir, output: stripVTControlCharacters(`${stdout}\n${stderr}`) }),
    );
  });
}
