import { readFileSync } from "node:fs";
import path from "node:path";
import { parseEssay } from "../../src/parse-essay.ts";
import type { Essay } from "../../src/types.ts";
import { CORPUS } from "./paths.ts";

/** A corpus essay read and parsed by the current parser. */
export interface CorpusEssay {
  readonly file: string;
  readonly bytes: Uint8Array;
  readonly source: string;
  readonly essay: Essay;
}

/** Reads and parses one corpus essay (Markdown when its name ends in `.md`). */
export function readCorpusEssay(file: string, folder = CORPUS): CorpusEssay {
  const where = path.join(folder, file);
  const bytes = new Uint8Array(readFileSync(where));
  const source = new TextDecoder().decode(bytes);
  const essay = parseEssay(bytes, {
    slug: file.replace(/\..*$/, ""),
    format: file.endsWith(".md") ? "markdown" : "text",
    file: where,
  });
  return { file, bytes, source, essay };
}
