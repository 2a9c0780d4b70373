import { bytes, count, fixed, table, verdict } from "./format.ts";
import type { LighthouseScores } from "./lighthouse-audit.ts";
import type { Machine } from "./machine.ts";
import type { PageWeight } from "./page-weight.ts";
import { PARSERS, type ParserResult } from "./parser-bench.ts";
import type { QueryCost } from "./search-bench.ts";
import type { SiteBuild } from "./site-build.ts";
import { median } from "./stats.ts";

/** A site build of a synthetic library of `essays` essays. */
export interface LibraryBuild {
  readonly essays: number;
  readonly paragraphs: number;
  readonly sourceBytes: number;
  readonly build: SiteBuild;
}

/** Everything one `npm run bench` measured. */
export interface BenchResults {
  readonly mode: "quick" | "full";
  readonly machine: Machine;
  readonly wallSeconds: number;
  readonly parser: readonly ParserResult[];
  readonly builds: readonly LibraryBuild[];
  readonly search?: { readonly essays: number; readonly queries: readonly QueryCost[] };
  readonly page?: PageWeight;
  readonly lighthouse: readonly LighthouseScores[];
}

const speed = (results: readonly ParserResult[], library: string, size: number): number | undefined =>
  results.find((r) => r.library === library && r.bytes === size)?.mbPerSecond;

function parserSection(results: readonly ParserResult[]): string {
  const sizes = [...new Set(results.map((r) => r.bytes))];
  if (sizes.length === 0) return "Not run.";
  const rows = sizes.map((size) => {
    const [scholia, wink, compromise] = PARSERS.map((library) => speed(results, library, size));
    const ratio = (other: number | undefined): string => (scholia && other ? `${fixed(scholia / other, 2)}×` : "—");
    return [
      `${fixed(size / 1e6, 1)} MB`,
      fixed(scholia, 2),
      fixed(wink, 2),
      fixed(compromise, 2),
      ratio(wink),
      ratio(compromise),
    ];
  });
  const notes = results.filter((r) => r.note).map((r) => `- ${r.library} on ${fixed(r.bytes / 1e6, 1)} MB: ${r.note}.`);
  const sweeps = Math.max(0, ...results.map((r) => r.sweeps?.length ?? 0));
  // Every sweep's figure, so that a slow spell of the host shows rather than hides in the median.
  const sweepLines = sizes.map((size) => {
    const per = PARSERS.map((library) => {
      const figures = results.find((r) => r.library === library && r.bytes === size)?.sweeps ?? [];
      return `${library} ${figures.map((figure) => fixed(figure, 2)).join(" / ")}`;
    });
    return `- ${fixed(size / 1e6, 1)} MB: ${per.join("; ")}`;
  });
  const first = speed(results, "scholia", sizes[0] as number);
  const last = speed(results, "scholia", sizes.at(-1) as number);
  const linear =
    sizes.length > 1 && first && last
      ? `Throughput of parseEssay at ${fixed((sizes.at(-1) as number) / 1e6, 1)} MB is ${fixed((last / first) * 100, 0)} % of its throughput at ${fixed((sizes[0] as number) / 1e6, 1)} MB: parse time is ${last / first >= 0.75 ? "linear" : "**not linear**"} in input size (linear would keep MB/s constant).`
      : "Only one size measured: linearity not assessed.";
  const source = results.find((r) => r.library === "scholia")?.source ?? "";
  // Each worker's first parse, before anything is optimised: what one essay parsed alone costs.
  const cold = PARSERS.map((library) => {
    const values = results.flatMap((r) => (r.library === library && r.coldMbPerSecond ? [r.coldMbPerSecond] : []));
    return `${library} ${values.length > 0 ? fixed(median(values), 2) : "—"} MB/s`;
  }).join(", ");
  return [
    table(
      [
        "text",
        "parseEssay MB/s",
        "wink-nlp tokenizer MB/s",
        "compromise MB/s",
        "parseEssay ÷ wink",
        "parseEssay ÷ compromise",
      ],
      rows,
    ),
    "",
    linear,
    "",
    `${sweeps > 1 ? `Median of ${sweeps} sweeps, run one after another, each measuring every size and parser afresh; in each, the median` : "Median"} of up to 9 timed runs (at least 3, unless runs add up to 20 s) after 2 s of warm-up runs (two at least) on another 0.1 MB text, so that every size is timed on code V8 has optimised; each parser in its own worker thread of one process, on the same deterministic text (\`syntheticText\` in bench/synthetic-library.ts). parseEssay from \`${source}\`; wink-nlp with an empty pipe (tokens only); compromise \`nlp(text)\` (tokens and tags).`,
    ...(sweeps > 1 ? ["", `MB/s of each sweep, in the order run:`, "", ...sweepLines] : []),
    "",
    `A single cold parse (each worker's first, of the 0.1 MB warm-up text, before V8 has optimised anything; median over the workers): ${cold}.`,
    ...(notes.length > 0 ? ["", ...notes] : []),
  ].join("\n");
}

function buildSection(builds: readonly LibraryBuild[]): string {
  if (builds.length === 0) return "Not run.";
  const rows = builds.map(({ essays, paragraphs, sourceBytes, build }) => [
    count(essays),
    count(paragraphs),
    bytes(sourceBytes),
    fixed(build.seconds, 1),
    fixed(build.cpuSeconds, 1),
    fixed(build.seconds / essays, 3),
    [build.phases.startup, build.phases.content, build.phases.bundle, build.phases.render, build.phases.postbuild]
      .map((s) => fixed(s, 1))
      .join(" / "),
    bytes(build.peakRssBytes),
    count(build.output.files),
    bytes(build.output.bytes),
    `${bytes(build.pagefind.bytes)} (${count(build.pagefind.files)} files)`,
  ]);
  const big = builds.at(-1);
  const mid = builds.length > 1 ? builds.at(-2) : undefined;
  const growth =
    big && mid && big.essays > mid.essays
      ? `Seconds per essay at ${count(big.essays)} essays are ${fixed(big.build.seconds / big.essays / (mid.build.seconds / mid.essays), 2)}× those at ${count(mid.essays)} (1.00× is linear; below 1 means fixed costs still dominate).`
      : "";
  return [
    table(
      [
        "essays",
        "paragraphs",
        "source",
        "build s",
        "CPU s",
        "s / essay",
        "phases s: start / content / bundle / render / after",
        "peak RSS",
        "files",
        "output",
        "pagefind",
      ],
      rows,
    ),
    "",
    growth,
    "",
    `Cold builds (Astro's cache cleared) of \`astro build\` in apps/reader with SCHOLIA_ESSAYS set to a synthetic library; CPU seconds (user + system, the build and its children) and peak RSS of the largest process by ${builds[0]?.build.peakRssSource} (Debian's \`time\` package; without it the benchmark polls /proc instead). Phases are timed by the arrival of Astro's log lines: start (config, Vite), content (essay loader: parsing), bundle (Vite builds), render (every page), after (integrations: Pagefind, headers). Pagefind: ${builds.map((b) => `${count(b.essays)}: ${b.build.pagefindLine ?? "—"}`).join("; ")}.`,
  ].join("\n");
}

function searchSection(search: BenchResults["search"]): string {
  if (!search) return "Not run.";
  const label = { cold: "first, cold", opened: "first, dialog opened", later: "later" } as const;
  const rows = search.queries.map((q) => [
    `${label[q.mode ?? "cold"]}: “${q.query}”`,
    count(q.results),
    q.passages === undefined ? "—" : `${count(q.passages)} in ${count(q.essays ?? 0)} essays`,
    count(q.requests),
    bytes(q.bytes),
    bytes(q.gzipBytes),
    fixed(q.ms, 0),
    q.openMs === undefined ? "—" : fixed(q.openMs, 0),
  ]);
  return [
    `On the ${count(search.essays)}-essay library, in headless Chromium against the browser tests' static server (@scholia/test-support, no compression).`,
    "",
    table(
      [
        "query",
        "results (runs of passages)",
        "first ten: passages, grouped",
        "requests",
        "bytes as served",
        "bytes, text gzipped",
        "ms to first 10 results",
        "ms opening took before",
      ],
      rows,
    ),
    "",
    "Each query does what the search panel does: pagefind.js on the main thread (first query only), options, `search(term, { filters: {} })`, then the fragments of the first ten results, each a run of an essay's consecutive passages that the panel splits into passages and shows under their essay's title. Cold: nothing loaded before the query. Dialog opened: as the panel does when the dialog opens (or the Search link is hovered or focused), Pagefind's script, WebAssembly and metadata load first, and the query is timed from the first search; its bytes count everything. Pagefind's index files are already gzipped; the gzipped column also compresses pagefind.js, as a CDN would.",
  ].join("\n");
}

function pageSection(page: PageWeight | undefined, lighthouse: readonly LighthouseScores[]): string {
  const weight = page
    ? table(
        ["", "requests", "bytes", "gzipped"],
        (["html", "css", "js", "other", "total"] as const).map((kind) => [
          kind.toUpperCase(),
          count(page[kind].requests),
          bytes(page[kind].bytes),
          bytes(page[kind].gzipBytes),
        ]),
      )
    : "Not run.";
  const scores =
    lighthouse.length > 0
      ? table(
          ["Lighthouse", "performance", "accessibility", "best practices", "SEO", "scored audits not passed"],
          lighthouse.map((l) => [
            l.formFactor,
            fixed(l.performance, 0),
            fixed(l.accessibility, 0),
            fixed(l.bestPractices, 0),
            fixed(l.seo, 0),
            l.failing.join(", ") || "none",
          ]),
        )
      : "Lighthouse not run (quick mode).";
  return [
    `\`${page?.path ?? "/talking-about-talking/"}\` of the bundled essay, loaded in headless Chromium until the network is idle, with no interaction; gzip -9 by node:zlib.`,
    "",
    weight,
    "",
    scores,
  ].join("\n");
}

function goalsSection(results: BenchResults): string {
  const big = results.builds.at(-1);
  const mid = results.builds.length > 1 ? results.builds.at(-2) : undefined;
  const queries = results.search?.queries ?? [];
  const first = queries.find((q) => (q.mode ?? "cold") === "cold");
  const later = queries.find((q) => q.mode === "later") ?? queries[1];
  const opened = queries.find((q) => q.mode === "opened");
  const lighthouse = results.lighthouse.find((l) => l.formFactor === "mobile");
  const allHundred = lighthouse
    ? [lighthouse.performance, lighthouse.accessibility, lighthouse.bestPractices, lighthouse.seo].every(
        (s) => s === 100,
      )
    : undefined;
  const sizes = [...new Set(results.parser.map((r) => r.bytes))];
  const scholiaAt = (size: number | undefined): number | undefined =>
    size === undefined ? undefined : speed(results.parser, "scholia", size);
  const slowest = Math.min(...sizes.map((s) => scholiaAt(s) ?? 0));
  const sweepFigures = results.parser.flatMap((r) =>
    r.library === "scholia" ? (r.sweeps ?? []).map((figure) => figure ?? 0) : [],
  );
  const rows = [
    [
      "parseEssay ≥ 2 MB/s at every size",
      `${fixed(slowest, 2)} MB/s slowest${sweepFigures.length > 0 ? ` (median of sweeps; slowest single sweep ${fixed(Math.min(...sweepFigures), 2)})` : ""}`,
      verdict(sizes.length ? slowest >= 2 : undefined),
    ],
    [
      "parse time linear in input size",
      sizes.length > 1
        ? `${fixed(((scholiaAt(sizes.at(-1)) ?? 0) / (scholiaAt(sizes[0]) ?? 1)) * 100, 0)} % of small-text MB/s`
        : "—",
      verdict(sizes.length > 1 ? (scholiaAt(sizes.at(-1)) ?? 0) / (scholiaAt(sizes[0]) ?? 1) >= 0.75 : undefined),
    ],
    [
      "build time linear in essays",
      big && mid
        ? `${fixed(big.build.seconds / big.essays / (mid.build.seconds / mid.essays), 2)}× s/essay from ${mid.essays} to ${big.essays}`
        : "—",
      verdict(big && mid ? big.build.seconds / big.essays <= 1.25 * (mid.build.seconds / mid.essays) : undefined),
    ],
    [
      "1,000 essays build in under 10 minutes",
      big?.essays === 1000 ? `${fixed(big.build.seconds / 60, 1)} min` : "not built",
      verdict(big?.essays === 1000 ? big.build.seconds < 600 : undefined),
    ],
    [
      "first search query ≤ 250 KB",
      first ? bytes(Math.max(first.gzipBytes, opened?.gzipBytes ?? 0)) : "—",
      verdict(first ? Math.max(first.gzipBytes, opened?.gzipBytes ?? 0) <= 250_000 : undefined),
    ],
    [
      "first results ≤ 300 ms (dialog opened first)",
      opened ? `${fixed(opened.ms, 0)} ms (cold: ${first ? fixed(first.ms, 0) : "—"} ms)` : "—",
      verdict(opened ? opened.ms <= 300 : undefined),
    ],
    [
      "first ten results grouped by essay",
      first?.passages !== undefined
        ? `${count(first.passages)} passages under ${count(first.essays ?? 0)} essays`
        : "—",
      verdict(
        first?.passages !== undefined ? (first.essays ?? 0) > 0 && (first.essays ?? 0) <= first.passages : undefined,
      ),
    ],
    [
      "later search query ≤ 100 KB",
      later ? bytes(later.gzipBytes) : "—",
      verdict(later ? later.gzipBytes <= 100_000 : undefined),
    ],
    [
      "reading page ≤ 10 KB gzipped JS before interaction",
      results.page ? bytes(results.page.js.gzipBytes) : "—",
      verdict(results.page ? results.page.js.gzipBytes <= 10_240 : undefined),
    ],
    ["Lighthouse 100 in all four categories", lighthouse ? "see above" : "—", verdict(allHundred)],
  ];
  return table(["goal", "measured", "verdict"], rows);
}

/** BENCHMARKS.md: the machine, every table, and the goals met or not. */
export function formatReport(results: BenchResults): string {
  const m = results.machine;
  return `# Benchmarks

Written by \`npm run bench${results.mode === "quick" ? " -- --quick" : ""}\` (bench/run.ts) on ${m.date}, a ${results.mode} run that took ${fixed(results.wallSeconds / 60, 1)} minutes. Rerun it to refresh this file; every input is generated from a fixed seed.

**Machine:** ${m.cores} cores (${m.cpu}), ${m.memoryGb} GB memory, Node ${m.node}, ${m.os}.

## Goals

${goalsSection(results)}

## Parser

${parserSection(results.parser)}

## Build

${buildSection(results.builds)}

## Search

${searchSection(results.search)}

## Reading page

${pageSection(results.page, results.lighthouse)}
`;
}
