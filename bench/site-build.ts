import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile, rm } from "node:fs/promises";
import { dirname, join } from "node:path";
import { createInterface } from "node:readline";
import { astroBuildCommand, buildEnvironment } from "@scholia/test-support";
import { type FolderSize, folderSize } from "./folder-size.ts";
import { READER_DIR, REPO_ROOT } from "./paths.ts";

/** What one full site build cost and produced. */
export interface SiteBuild {
  readonly seconds: number;
  /** Peak resident memory of the largest process of the build, in bytes. */
  readonly peakRssBytes: number | undefined;
  readonly peakRssSource: "/usr/bin/time -v" | "/proc VmHWM";
  /**
   * CPU seconds (user + system) of the build and its children, by /usr/bin/time -v: a figure that
   * other work on the machine inflates far less than wall-clock time.
   */
  readonly cpuSeconds: number | undefined;
  /** Seconds spent in each phase, from the arrival times of Astro's log lines. */
  readonly phases: Readonly<Record<BuildPhase, number>>;
  readonly output: FolderSize;
  readonly pagefind: FolderSize;
  /** Pagefind's own log line (what it indexed, in how long). */
  readonly pagefindLine: string | undefined;
  readonly pages: number | undefined;
}

/** The stretches of a build, in order. */
export type BuildPhase = "startup" | "content" | "bundle" | "render" | "postbuild";

/** Where to build from and to. */
export interface BuildOptions {
  readonly essays: string;
  /**
   * Output folder, inside the repository (see below); Astro's cache goes beside it and is
   * cleared first, so every build is cold.
   */
  readonly outDir: string;
  readonly env?: Readonly<Record<string, string>>;
  readonly log?: (line: string) => void;
  /** Extra Node flags for the Astro process, such as `--cpu-prof`. */
  readonly nodeFlags?: readonly string[];
}

const TIME = "/usr/bin/time";

// Each phase ends when a line matching its marker arrives.
const MARKERS: readonly [BuildPhase, RegExp][] = [
  ["startup", /\[content\] Syncing content/],
  ["content", /\[content\] Synced content/],
  ["bundle", /generating static routes/],
  ["render", /^\S+ ✓ Completed in/],
  ["postbuild", /\[build\] Complete!/],
];

/** Runs `astro build` of the reader on a folder of essays, timing it and measuring its output. */
export async function buildSite(options: BuildOptions): Promise<SiteBuild> {
  await rm(options.outDir, { recursive: true, force: true });
  await rm(join(dirname(options.outDir), ".astro-cache"), { recursive: true, force: true });
  const useTime = existsSync(TIME);
  // Astro writes its prerender chunks into outDir when outDir lies inside the working
  // directory, and otherwise into <cwd>/.astro/.prerender, shared with every other build
  // running at the same time (which then delete each other's chunks). Running from the
  // repository root with outDir inside it keeps each build's chunks its own.
  if (!options.outDir.startsWith(REPO_ROOT)) {
    throw new TypeError(`buildSite() needs an outDir inside ${REPO_ROOT}, not ${options.outDir}`);
  }
  const command = astroBuildCommand(READER_DIR, options.nodeFlags);
  const child = spawn(useTime ? TIME : command[0], useTime ? ["-v", ...command] : command.slice(1), {
    cwd: REPO_ROOT,
    env: { ...buildEnvironment(), ...options.env, SCHOLIA_ESSAYS: options.essays, SCHOLIA_OUT_DIR: options.outDir },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const started = performance.now();
  const reached = new Map<BuildPhase, number>();
  const lines: string[] = [];
  let stderr = "";
  let pollPeak = 0;
  const poll = useTime
    ? undefined
    : setInterval(() => void readHwm(child.pid).then((kb) => (pollPeak = Math.max(pollPeak, kb))), 250);
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  for await (const line of createInterface({ input: child.stdout })) {
    lines.push(line);
    options.log?.(line);
    const next = MARKERS.find(([phase]) => !reached.has(phase));
    if (next?.[1].test(line)) reached.set(next[0], (performance.now() - started) / 1000);
  }
  const code: number = await new Promise((resolve) =>
    child.exitCode !== null ? resolve(child.exitCode) : child.on("close", resolve),
  );
  const seconds = (performance.now() - started) / 1000;
  clearInterval(poll);
  if (code !== 0) {
    throw new Error(
      `astro build failed (exit ${code}) on ${options.essays}:\n${lines.slice(-15).join("\n")}\n${stderr.slice(-3000)}`,
    );
  }
  const peakKb = useTime ? Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1]) : pollPeak;
  return {
    seconds,
    peakRssBytes: Number.isFinite(peakKb) && peakKb > 0 ? peakKb * 1024 : undefined,
    peakRssSource: useTime ? "/usr/bin/time -v" : "/proc VmHWM",
    cpuSeconds: useTime ? cpuSeconds(stderr) : undefined,
    phases: phaseDurations(reached, seconds),
    output: await folderSize(options.outDir),
    pagefind: await folderSize(join(options.outDir, "pagefind")),
    pagefindLine: lines.find((line) => /Pagefind indexed/.test(line))?.replace(/^\S+ \[[^\]]+\] /, ""),
    pages: Number(/(\d+) page\(s\) built/.exec(lines.join("\n"))?.[1]) || undefined,
  };
}

function phaseDurations(reached: ReadonlyMap<BuildPhase, number>, total: number): Record<BuildPhase, number> {
  const durations = {} as Record<BuildPhase, number>;
  let previous = 0;
  for (const [phase] of MARKERS) {
    const at = reached.get(phase) ?? (phase === "postbuild" ? total : previous);
    durations[phase] = Math.max(0, at - previous);
    previous = at;
  }
  return durations;
}

async function readHwm(pid: number | undefined): Promise<number> {
  if (pid === undefined) return 0;
  try {
    return Number(/VmHWM:\s+(\d+)/.exec(await readFile(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** User plus system seconds from /usr/bin/time -v's report, or undefined when it has none. */
function cpuSeconds(report: string): number | undefined {
  const user = Number(/User time \(seconds\): ([\d.]+)/.exec(report)?.[1]);
  const system = Number(/System time \(seconds\): ([\d.]+)/.exec(report)?.[1]);
  return Number.isFinite(user) && Number.isFinite(system) ? user + system : undefined;
}
