// npm run bench [-- --quick] [--only=parser,build,search,page] [--libraries=1,100,1000] [--sweeps=3] [--keep]
//                 [--report=bench-out/results-full.json]  (rewrite BENCHMARKS.md from saved results)
// Measures the parser, the site build at library scale, search downloads and the reading page,
// prints the tables and writes BENCHMARKS.md at the repository root.
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { auditPage, type LighthouseScores } from "./lighthouse-audit.ts";
import { describeMachine } from "./machine.ts";
import { measurePageWeight, type PageWeight } from "./page-weight.ts";
import { runParserBench } from "./parser-bench.ts";
import { REPO_ROOT } from "./paths.ts";
import { type BenchResults, formatReport, type LibraryBuild } from "./report.ts";
import { measureSearch } from "./search-bench.ts";
import { serveSite } from "./served-site.ts";
import { buildSite } from "./site-build.ts";
import { writeSyntheticLibrary } from "./synthetic-library.ts";

const { values } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    only: { type: "string" },
    libraries: { type: "string" },
    sweeps: { type: "string" },
    keep: { type: "boolean", default: false },
    report: { type: "string" },
  },
});
if (values.report) {
  const saved = JSON.parse(await readFile(values.report, "utf8")) as BenchResults;
  await writeFile(join(REPO_ROOT, "BENCHMARKS.md"), formatReport(saved));
  process.stdout.write(formatReport(saved));
  process.exit(0);
}
const quick = values.quick === true;
const sections = new Set((values.only ?? "parser,build,search,page").split(","));
const sweeps = Number(values.sweeps ?? (quick ? 1 : 3));
if (!Number.isInteger(sweeps) || sweeps < 1) {
  process.stderr.write(`bench: --sweeps takes a whole number of at least 1, not "${values.sweeps}"\n`);
  process.exit(2);
}
const libraries = (values.libraries ?? (quick ? "1,20" : "1,100,1000")).split(",").map(Number);
const log = (line: string): void => void process.stderr.write(`${line}\n`);
const started = performance.now();
// Essays go to the system's temporary folder; built sites to bench-out/ (ignored by git),
// because Astro keeps a build's prerender chunks apart from other builds' only when the
// output folder lies inside the working folder (see site-build.ts).
const work = await mkdtemp(join(tmpdir(), "bench-scholia-"));
await mkdir(join(REPO_ROOT, "bench-out"), { recursive: true });
const sites = await mkdtemp(join(REPO_ROOT, "bench-out", "sites-"));
log(`bench: ${quick ? "quick" : "full"} run, essays in ${work}, sites in ${sites}`);

const parser = sections.has("parser")
  ? await runParserBench({
      sizes: quick ? [100_000] : [100_000, 1_000_000, 5_000_000],
      deadlineMs: quick ? 60_000 : 120_000,
      sweeps,
      log,
    })
  : [];

const builds: LibraryBuild[] = [];
if (sections.has("build") || sections.has("search")) {
  for (const essays of sections.has("build") ? libraries : libraries.slice(-1)) {
    const library = await writeSyntheticLibrary(join(work, `library-${essays}`), essays);
    log(`build: ${essays} essay(s), ${library.paragraphs} paragraphs…`);
    const build = await buildSite({ essays: library.folder, outDir: join(sites, `site-${essays}`, "dist") });
    log(`build: ${essays} essay(s) in ${build.seconds.toFixed(1)} s, ${build.output.files} files`);
    builds.push({ essays, paragraphs: library.paragraphs, sourceBytes: library.bytes, build });
  }
}

let search: BenchResults["search"];
const largest = builds.at(-1);
if (sections.has("search") && largest) {
  const site = await serveSite(join(sites, `site-${largest.essays}`, "dist"));
  try {
    search = { essays: largest.essays, queries: await measureSearch(site) };
    for (const q of search.queries)
      log(`search “${q.query}”: ${q.results} results, ${q.gzipBytes} bytes, ${q.ms.toFixed(0)} ms`);
  } finally {
    await site.close();
  }
}

let page: PageWeight | undefined;
const lighthouse: LighthouseScores[] = [];
if (sections.has("page")) {
  // The bundled essay, built on its own: the reading page readers and Lighthouse see.
  const outDir = join(sites, "site-bundled", "dist");
  await buildSite({ essays: join(REPO_ROOT, "apps/reader/essays"), outDir });
  const site = await serveSite(outDir);
  try {
    page = await measurePageWeight(site, "/talking-about-talking/");
    log(`page: ${page.js.gzipBytes} bytes of gzipped JS, ${page.total.gzipBytes} in all`);
    if (!quick) {
      for (const formFactor of ["mobile", "desktop"] as const) {
        const scores = await auditPage(`${site.origin}/talking-about-talking/`, formFactor);
        log(
          `lighthouse ${formFactor}: ${scores.performance} ${scores.accessibility} ${scores.bestPractices} ${scores.seo}`,
        );
        lighthouse.push(scores);
      }
    }
  } finally {
    await site.close();
  }
}

const results: BenchResults = {
  mode: quick ? "quick" : "full",
  machine: describeMachine(),
  wallSeconds: (performance.now() - started) / 1000,
  parser,
  builds,
  ...(search && { search }),
  ...(page && { page }),
  lighthouse,
};
const report = formatReport(results);
process.stdout.write(report);
await writeFile(join(REPO_ROOT, "BENCHMARKS.md"), report);
await writeFile(join(REPO_ROOT, "bench-out", `results-${results.mode}.json`), `${JSON.stringify(results, null, 2)}\n`);
if (values.keep) log(`bench: kept ${work} and ${sites}`);
else {
  await rm(work, { recursive: true, force: true });
  await rm(sites, { recursive: true, force: true });
}
log(
  `bench: wrote BENCHMARKS.md and bench-out/results-${results.mode}.json in ${(results.wallSeconds / 60).toFixed(1)} min`,
);
