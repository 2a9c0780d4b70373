// Runs one parser on one synthetic text inside a worker thread, so that the benchmark can stop
// a run that takes too long without losing the process. Posts one message per timed run.
import { parentPort, workerData } from "node:worker_threads";
import { syntheticText } from "./synthetic-library.ts";

/** What the benchmark asks one worker to measure. */
export interface ParserJob {
  readonly library: ParserName;
  readonly bytes: number;
  readonly seed: number;
  /** Stop after this many runs… */
  readonly maxRuns: number;
  /** …or once this many ms have been spent, provided `minRuns` are done… */
  readonly softBudgetMs: number;
  readonly minRuns: number;
  /** …or, whatever the count, once this many ms have been spent (slow parsers on big texts). */
  readonly hardBudgetMs: number;
  /** Warm-up parses of another 0.1 MB text go on until this many ms have been spent (two at least). */
  readonly warmUpMs: number;
}

/** The parsers compared side by side. */
export type ParserName = "scholia" | "wink-nlp" | "compromise";

/** A message from the worker: which module was measured, then each run's time. */
export type ParserMessage =
  | { type: "ready"; source: string; cold: { bytes: number; ms: number } }
  | { type: "run"; ms: number }
  | { type: "done" };

type Parse = (text: string) => unknown;

async function loadParser(library: ParserName): Promise<{ parse: Parse; source: string }> {
  if (library === "scholia") {
    // The package as its users get it: its compiled entry point (npm run bench builds it first).
    const { parseEssay } = await import("@scholia/essay");
    return { parse: (text) => parseEssay(text, { slug: "bench" }), source: "@scholia/essay" };
  }
  if (library === "wink-nlp") {
    const { default: winkNLP } = await import("wink-nlp");
    const { default: model } = await import("wink-eng-lite-web-model");
    // An empty pipe: tokenisation only, no sentence splitting, tagging or entities.
    const nlp = winkNLP(model, []);
    return { parse: (text) => nlp.readDoc(text).tokens().length(), source: "wink-nlp readDoc, empty pipe" };
  }
  const { default: nlp } = await import("compromise");
  return { parse: (text) => nlp(text), source: "compromise nlp(text)" };
}

const job = workerData as ParserJob;
const post = (message: ParserMessage): void => parentPort?.postMessage(message);
const { parse, source } = await loadParser(job.library);
const warmText = syntheticText(100_000, job.seed + 1);
const text = syntheticText(job.bytes, job.seed);
// Warm up the JIT on a different small text before timing, for the same time whatever the size
// measured: V8 optimises a function only after many calls, and two parses of 0.1 MB left the small
// size's timed runs still on the way to optimised code (each run of 1 MB or more warms itself).
// The first warm-up parse is reported on its own, as what a single cold parse costs.
let started = performance.now();
parse(warmText);
const coldMs = performance.now() - started;
let warming = coldMs;
for (let run = 1; run < 2 || warming < job.warmUpMs; run++) {
  started = performance.now();
  parse(warmText);
  warming += performance.now() - started;
}
post({ type: "ready", source, cold: { bytes: Buffer.byteLength(warmText), ms: coldMs } });
let spent = 0;
for (let run = 0; run < job.maxRuns; run++) {
  started = performance.now();
  parse(text);
  const ms = performance.now() - started;
  spent += ms;
  post({ type: "run", ms });
  if ((run + 1 >= job.minRuns && spent >= job.softBudgetMs) || spent >= job.hardBudgetMs) break;
}
post({ type: "done" });
