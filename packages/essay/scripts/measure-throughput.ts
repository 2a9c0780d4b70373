import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseEssay } from "../src/parse-essay.ts";

// Times parseEssay on the bundled essay's paragraphs repeated (numbers varied so no two are equal)
// to 0.5, 1 and 2 MB, after a warm-up, and prints MB/s: a quick check while developing the tagger.
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const essay = readFileSync(path.resolve(repoRoot, "apps/reader/essays/talking-about-talking.txt"), "utf8");
const [title = "", ...body] = essay.split("\n").filter((line) => line.trim() !== "");

function grow(bytes: number): string {
  const lines = [title];
  let size = title.length;
  for (let round = 0; size < bytes; round++) {
    for (const line of body) {
      const varied = line.replace(/\d+/g, (digits) => String(Number(digits) + round));
      lines.push(varied);
      size += varied.length + 2;
    }
  }
  return lines.join("\n\n");
}

parseEssay(grow(200_000), { slug: "warm-up" });
for (const megabytes of process.argv.includes("--quick") ? [1] : [0.5, 1, 2]) {
  const text = grow(megabytes * 1_000_000);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let run = 0; run < 5; run++) {
    const cpuStart = process.cpuUsage();
    const started = performance.now();
    parseEssay(text, { slug: "throughput" });
    wall.push(performance.now() - started);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  const mb = Buffer.byteLength(text) / 1e6;
  const bestWall = Math.min(...wall);
  const bestCpu = Math.min(...cpu);
  // CPU time stays honest when other processes share the machine; wall time is what a user waits.
  process.stdout.write(
    `${mb.toFixed(2)} MB: wall ${bestWall.toFixed(0)} ms (${(mb / (bestWall / 1000)).toFixed(2)} MB/s), cpu ${bestCpu.toFixed(0)} ms (${(mb / (bestCpu / 1000)).toFixed(2)} MB/s), best of 5\n`,
  );
}
