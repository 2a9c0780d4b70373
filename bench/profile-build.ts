// npm run bench:profile -- ESSAYS [OUT]: one cold build of the reader on a folder of essays under
// Node's CPU profiler; the site goes to OUT (bench-out/profile/dist unless given) and the
// .cpuprofile files beside it, for Chrome's DevTools (Performance → Load profile).
import { readdir } from "node:fs/promises";
import { join, resolve } from "node:path";
import { REPO_ROOT } from "./paths.ts";
import { buildSite } from "./site-build.ts";

const [essays, out = join(REPO_ROOT, "bench-out", "profile", "dist")] = process.argv.slice(2);
if (!essays) {
  process.stderr.write("usage: npm run bench:profile -- ESSAYS [OUT]\n");
  process.exit(2);
}
// npm runs this from bench/; relative paths are taken from the repository's root, as the site's are.
const outDir = resolve(REPO_ROOT, out);
const profiles = join(outDir, "..", "cpu-profile");
const build = await buildSite({
  essays: resolve(REPO_ROOT, essays),
  outDir,
  nodeFlags: ["--cpu-prof", `--cpu-prof-dir=${profiles}`],
  log: (line) => void process.stderr.write(`${line}\n`),
});
const phases = Object.entries(build.phases).map(([phase, seconds]) => `${phase} ${seconds.toFixed(1)} s`);
process.stdout.write(`built ${build.pages ?? "?"} pages in ${build.seconds.toFixed(1)} s (${phases.join(", ")})\n`);
for (const file of await readdir(profiles)) process.stdout.write(`↳ ${join(profiles, file)}\n`);
