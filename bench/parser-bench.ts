import { Worker } from "node:worker_threads";
import type { ParserJob, ParserMessage, ParserName } from "./parser-worker.ts";
import { median } from "./stats.ts";
import { DEFAULT_SEED } from "./synthetic-library.ts";

/** One parser's throughput on one text size. */
export interface ParserResult {
  readonly library: ParserName;
  readonly bytes: number;
  /** Median run time in ms, or undefined when no run finished within the deadline. */
  readonly medianMs: number | undefined;
  readonly runs: number;
  /** Median throughput in MB/s (10^6 bytes). */
  readonly mbPerSecond: number | undefined;
  readonly source: string;
  /** Set when the measurement was cut short. */
  readonly note?: string;
  /** MB/s of the worker's very first parse (0.1 MB, nothing optimised yet): a single cold parse. */
  readonly coldMbPerSecond?: number;
  /** With several sweeps: each sweep's median MB/s, in the order run (`mbPerSecond` is their median). */
  readonly sweeps?: readonly (number | undefined)[];
}

/** How long one parser may spend on one size before the worker is stopped. */
export interface ParserBenchOptions {
  readonly sizes: readonly number[];
  readonly deadlineMs: number;
  /**
   * How many times every size is measured, each time in fresh workers, sweeps one after another
   * (so a spell of a slow host falls on one sweep, not on one size): each figure is the median.
   */
  readonly sweeps?: number;
  readonly log: (line: string) => void;
}

/** The parsers compared, Scholia's first. */
export const PARSERS: readonly ParserName[] = ["scholia", "wink-nlp", "compromise"];

/** Measures one parser on one size in a worker thread, stopping it at the deadline. */
export function measureParser(library: ParserName, bytes: number, deadlineMs: number): Promise<ParserResult> {
  const job: ParserJob = {
    library,
    bytes,
    seed: DEFAULT_SEED,
    maxRuns: 9,
    minRuns: 3,
    softBudgetMs: 3_000,
    hardBudgetMs: 20_000,
    warmUpMs: 2_000,
  };
  const worker = new Worker(new URL("./parser-worker.ts", import.meta.url), { workerData: job });
  const times: number[] = [];
  let source = library as string;
  let coldMbPerSecond: number | undefined;
  return new Promise((resolve, reject) => {
    let timer: NodeJS.Timeout | undefined;
    const finish = (note?: string): void => {
      clearTimeout(timer);
      void worker.terminate();
      const medianMs = times.length > 0 ? median(times) : undefined;
      const mbPerSecond = medianMs === undefined ? undefined : bytes / 1e6 / (medianMs / 1000);
      resolve({
        library,
        bytes,
        medianMs,
        runs: times.length,
        mbPerSecond,
        source,
        ...(note && { note }),
        ...(coldMbPerSecond !== undefined && { coldMbPerSecond }),
      });
    };
    worker.on("message", (message: ParserMessage) => {
      if (message.type === "ready") {
        source = message.source;
        coldMbPerSecond = message.cold.bytes / 1e6 / (message.cold.ms / 1000);
        // The deadline counts from the first timed run: loading and warming up are free.
        timer = setTimeout(
          () =>
            finish(times.length > 0 ? `stopped after ${times.length} run(s)` : `no run within ${deadlineMs / 1000} s`),
          deadlineMs,
        );
      } else if (message.type === "run") times.push(message.ms);
      else finish();
    });
    worker.on("error", reject);
  });
}

/** Measures every parser on every size, smallest first, in `sweeps` sweeps; each figure is the sweeps' median. */
export async function runParserBench(options: ParserBenchOptions): Promise<ParserResult[]> {
  const sweeps = Math.max(1, options.sweeps ?? 1);
  const measured: ParserResult[][] = [];
  for (let sweep = 1; sweep <= sweeps; sweep++) {
    const results: ParserResult[] = [];
    for (const bytes of options.sizes) {
      for (const library of PARSERS) {
        const result = await measureParser(library, bytes, options.deadlineMs);
        const speed = result.mbPerSecond === undefined ? "—" : `${result.mbPerSecond.toFixed(2)} MB/s`;
        options.log(
          `parser ${library} on ${(bytes / 1e6).toFixed(1)} MB: ${speed} (${result.runs} runs)${result.note ? `, ${result.note}` : ""}${sweeps > 1 ? `, sweep ${sweep} of ${sweeps}` : ""}`,
        );
        results.push(result);
      }
    }
    measured.push(results);
  }
  return sweeps === 1 ? (measured[0] ?? []) : combineSweeps(measured);
}

/** One result per parser and size from several sweeps: medians of the sweeps' figures, each sweep's kept. */
export function combineSweeps(sweeps: readonly (readonly ParserResult[])[]): ParserResult[] {
  const first = sweeps[0] ?? [];
  return first.map((model) => {
    const same = sweeps.map((results) =>
      results.find((result) => result.library === model.library && result.bytes === model.bytes),
    );
    const found = same.filter((result): result is ParserResult => result !== undefined);
    const speeds = found.flatMap((result) => (result.mbPerSecond === undefined ? [] : [result.mbPerSecond]));
    const times = found.flatMap((result) => (result.medianMs === undefined ? [] : [result.medianMs]));
    const colds = found.flatMap((result) => (result.coldMbPerSecond === undefined ? [] : [result.coldMbPerSecond]));
    const notes = found.flatMap((result, i) => (result.note ? [`sweep ${i + 1}: ${result.note}`] : []));
    return {
      library: model.library,
      bytes: model.bytes,
      medianMs: times.length > 0 ? median(times) : undefined,
      runs: found.reduce((sum, result) => sum + result.runs, 0),
      mbPerSecond: speeds.length > 0 ? median(speeds) : undefined,
      source: model.source,
      ...(notes.length > 0 && { note: notes.join("; ") }),
      ...(colds.length > 0 && { coldMbPerSecond: median(colds) }),
      sweeps: same.map((result) => result?.mbPerSecond),
    };
  });
}
