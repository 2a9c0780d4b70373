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
}

/** How long one parser may spend on one size before the worker is stopped. */
export interface ParserBenchOptions {
  readonly sizes: readonly number[];
  readonly deadlineMs: number;
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

/** Measures every parser on every size, smallest first. */
export async function runParserBench(options: ParserBenchOptions): Promise<ParserResult[]> {
  const results: ParserResult[] = [];
  for (const bytes of options.sizes) {
    for (const library of PARSERS) {
      const result = await measureParser(library, bytes, options.deadlineMs);
      const speed = result.mbPerSecond === undefined ? "—" : `${result.mbPerSecond.toFixed(2)} MB/s`;
      options.log(
        `parser ${library} on ${(bytes / 1e6).toFixed(1)} MB: ${speed} (${result.runs} runs)${result.note ? `, ${result.note}` : ""}`,
      );
      results.push(result);
    }
  }
  return results;
}
