import { describe, expect, test } from "vitest";
import { describeMachine } from "../machine.ts";
import { combineSweeps, type ParserResult } from "../parser-bench.ts";
import { formatReport } from "../report.ts";

const result = (library: ParserResult["library"], bytes: number, mbPerSecond: number | undefined): ParserResult => ({
  library,
  bytes,
  medianMs: mbPerSecond === undefined ? undefined : bytes / 1e6 / mbPerSecond / 1e-3,
  runs: mbPerSecond === undefined ? 0 : 9,
  mbPerSecond,
  source: library,
  ...(mbPerSecond === undefined && { note: "no run within 60 s" }),
  coldMbPerSecond: 0.5,
});

const sweep = (scholia: number, wink: number, compromise: number | undefined): ParserResult[] => [
  result("scholia", 100_000, scholia),
  result("wink-nlp", 100_000, wink),
  result("compromise", 100_000, compromise),
];

describe("combineSweeps", () => {
  test("takes each parser's median over the sweeps and keeps every sweep's figure in order", () => {
    const [scholia, wink, compromise] = combineSweeps([
      sweep(1.5, 20, 0.2),
      sweep(2.5, 12, undefined),
      sweep(2.2, 18, 0.3),
    ]);
    expect(scholia?.mbPerSecond).toBe(2.2);
    expect(scholia?.sweeps).toEqual([1.5, 2.5, 2.2]);
    expect(scholia?.runs).toBe(27);
    expect(wink?.mbPerSecond).toBe(18);
    // A sweep without a figure is kept as missing, and its note says which sweep it was.
    expect(compromise?.mbPerSecond).toBeCloseTo(0.25);
    expect(compromise?.sweeps).toEqual([0.2, undefined, 0.3]);
    expect(compromise?.note).toBe("sweep 2: no run within 60 s");
  });
});

describe("the report's parser figures", () => {
  test("judge the median of the sweeps and show the slowest sweep and every sweep beside it", () => {
    const report = formatReport({
      mode: "full",
      machine: describeMachine(),
      wallSeconds: 60,
      parser: combineSweeps([sweep(1.5, 20, 0.2), sweep(2.5, 12, 0.2), sweep(2.2, 18, 0.2)]),
      builds: [],
      lighthouse: [],
    });
    expect(report).toContain("2.20 MB/s slowest (median of sweeps; slowest single sweep 1.50)");
    expect(report).toContain("- 0.1 MB: scholia 1.50 / 2.50 / 2.20; wink-nlp 20.00 / 12.00 / 18.00");
    expect(report).toMatch(/Median of 3 sweeps/);
  });
});
