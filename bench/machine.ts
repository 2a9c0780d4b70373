import { cpus, release, totalmem, type } from "node:os";

/** The machine a benchmark ran on. */
export interface Machine {
  readonly cores: number;
  readonly cpu: string;
  readonly memoryGb: number;
  readonly node: string;
  readonly os: string;
  readonly date: string;
}

/** Describes this machine and the current time (UTC). */
export function describeMachine(): Machine {
  const cpu = cpus();
  return {
    cores: cpu.length,
    cpu: cpu[0]?.model.trim() ?? "unknown",
    memoryGb: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    os: `${type()} ${release()}`,
    date: new Date().toISOString().replace(/\.\d+Z$/, "Z"),
  };
}
