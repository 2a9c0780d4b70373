import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { CLAIM_KINDS } from "../../src/types.ts";
import { genresFromSources } from "./genres.ts";
import { CORPUS, LABEL_STORE, option, REPO_ROOT, requirePath } from "./paths.ts";
import { fileHash } from "./sentence-hash.ts";
import { anchorSentences } from "./source-anchor.ts";
import { type LabelFile, type LabelKind, type PassCall, type StoredLabel, writeLabelFile } from "./store.ts";

// Imports the labellers' TSV files (id, kind, thesis, note) with the sentence dump they labelled
// (ids, offsets, hashes and texts) into the label store, which keeps no sentence text.
// Usage: node scripts/labels/import-labels.ts --from DIR   (DIR holds dump/, passA/, passB/, adjudicated/)

interface DumpSentence {
  readonly id: string;
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
  readonly hash: string;
  readonly text: string;
}

const KINDS = new Set<string>([...CLAIM_KINDS, "none"]);

/** Imports every essay that has at least pass A; returns the files written. */
export function importLabels(from: string): string[] {
  const dumpDir = requirePath(
    path.join(from, "dump"),
    "The labellers' sentence dump",
    "pass --from DIR, the folder holding dump/ and passA/",
  );
  const genres = genresFromSources(
    requirePath(path.join(CORPUS, "SOURCES.md"), "The corpus list", "put the shared folder beside the repository"),
  );
  writeFileSync(path.join(LABEL_STORE, "genres.json"), `${JSON.stringify(genres, null, 2)}\n`);
  // The adjudicator's written rulings (made-up examples, sentence ids): the rule each hard call used.
  const rulings = path.join(from, "adjudicated", "RULINGS.md");
  if (existsSync(rulings)) {
    // Paths of the labellers' machine become the repository's relative ones ("../shared/corpus").
    const text = readFileSync(rulings, "utf8").replace(/(?:\/[\w.-]+)*\/shared\//g, "../shared/");
    writeFileSync(path.join(LABEL_STORE, "RULINGS.md"), text);
  }
  const written: string[] = [];
  for (const name of readdirSync(dumpDir)
    .filter((entry) => entry.endsWith(".json"))
    .sort()) {
    const file = name.replace(/\.json$/, "");
    const passA = readPass(from, "passA", file);
    if (!passA) continue;
    const passB = readPass(from, "passB", file);
    const judged = readPass(from, "adjudicated", file);
    const dump = JSON.parse(readFileSync(path.join(dumpDir, name), "utf8")) as { sentences: DumpSentence[] };
    const bytes = new Uint8Array(readFileSync(path.join(CORPUS, file)));
    const anchors = anchorSentences(
      new TextDecoder().decode(bytes),
      dump.sentences.map((s) => s.text),
    );
    const labels: StoredLabel[] = [];
    dump.sentences.forEach((sentence, i) => {
      const chosen = judged?.get(sentence.id) ?? passA.get(sentence.id);
      if (!chosen) return;
      const anchor = anchors[i];
      const a = passA.get(sentence.id);
      const b = passB?.get(sentence.id);
      labels.push({
        id: sentence.id,
        paragraph: sentence.paragraph,
        start: sentence.start,
        end: sentence.end,
        ...(anchor && { source: anchor }),
        hash: sentence.hash,
        kind: chosen.kind,
        thesis: chosen.thesis,
        ...(chosen.note && { note: chosen.note }),
        ...(b && a && { passA: a, passB: b }),
      });
    });
    const passes: LabelFile["passes"] = [
      "passA",
      ...(passB ? ["passB" as const] : []),
      ...(judged ? ["adjudicated" as const] : []),
    ];
    writeLabelFile({ file, sha256: fileHash(bytes), genre: genres[file] ?? "unknown", passes, labels });
    written.push(`${file}: ${labels.length} of ${dump.sentences.length} sentences (${passes.join(", ")})`);
  }
  return written;
}

function readPass(from: string, pass: string, file: string): Map<string, PassCall> | undefined {
  const where = path.join(from, pass, `${file}.tsv`);
  if (!existsSync(where)) return undefined;
  const calls = new Map<string, PassCall>();
  readFileSync(where, "utf8")
    .split("\n")
    .forEach((line, n) => {
      if (line.trim() === "" || line.startsWith("#")) return;
      const [id = "", kind = "", thesis = "0", ...rest] = line.split("\t");
      if (!KINDS.has(kind.trim())) {
        process.stderr.write(
          `${where}:${n + 1}: unknown kind "${kind}"; the line is skipped\n  ↳ use one of ${[...KINDS].join(", ")}\n`,
        );
        return;
      }
      const note = redactQuotes(rest.join("\t").trim());
      calls.set(id.trim(), { kind: kind.trim() as LabelKind, thesis: thesis.trim() === "1", ...(note && { note }) });
    });
  return calls;
}

// Notes may quote the essay ("main clause 'it would be better to…'"); the essays stay outside the
// project, so a quotation of four words or more becomes "…" (cue words such as 'would' stay).
const QUOTED = /(['‘"“])([^'’"”]*)(['’"”])/gu;

/** A labeller's note with every quotation of four words or more replaced by "…". */
export function redactQuotes(note: string): string {
  return note.replace(QUOTED, (whole, open: string, inner: string, close: string) =>
    inner.trim().split(/\s+/).length >= 4 ? `${open}…${close}` : whole,
  );
}

if (import.meta.main) {
  const from = option("from") ?? path.resolve(REPO_ROOT, "../labels");
  for (const line of importLabels(from)) process.stdout.write(`${line}\n`);
}
