import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { readCorpusEssay } from "../../scripts/labels/corpus.ts";
import { CORPUS } from "../../scripts/labels/paths.ts";
import { realign } from "../../scripts/labels/realign.ts";
import { readStore } from "../../scripts/labels/store.ts";
import { CLAIM_KINDS } from "../../src/types.ts";

const KINDS = new Set<string>([...CLAIM_KINDS, "none"]);
const store = readStore();

describe("the label store", () => {
  test("holds a label file for every double- and single-pass essay", () => {
    expect(store.length).toBeGreaterThan(0);
    for (const file of store) expect(file.passes[0], file.file).toBe("passA");
  });

  test("gives every label one of the six kinds or none, also in the passes it keeps", () => {
    for (const file of store) {
      for (const label of file.labels) {
        expect(KINDS.has(label.kind), `${file.file} ${label.id}`).toBe(true);
        if (label.passA) expect(KINDS.has(label.passA.kind), `${file.file} ${label.id} pass A`).toBe(true);
        if (label.passB) expect(KINDS.has(label.passB.kind), `${file.file} ${label.id} pass B`).toBe(true);
      }
    }
  });

  test("keeps pass B only on double-labelled essays, always beside pass A", () => {
    for (const file of store) {
      const double = file.passes.includes("passB");
      for (const label of file.labels) {
        if (label.passB) {
          expect(double, `${file.file} ${label.id}`).toBe(true);
          expect(label.passA, `${file.file} ${label.id}`).toBeDefined();
        }
      }
    }
  });

  test("records, for a single-pass label revised by a ruling, the original call and the ruling", () => {
    const revised = store.flatMap((file) =>
      file.labels.filter((label) => label.passA && !label.passB).map((label) => ({ file: file.file, label })),
    );
    for (const { file, label } of revised) {
      const changed = label.passA?.kind !== label.kind || label.passA?.thesis !== label.thesis;
      expect(changed, `${file} ${label.id}`).toBe(true);
      expect(label.note ?? "", `${file} ${label.id}`).toMatch(/revised by (ruling \d+|the clarification)/);
    }
  });
});

// The essays themselves stay outside the repository; where they are present, every label must sit on
// a sentence the current parser analyses and every such sentence must carry a label.
describe.skipIf(!existsSync(CORPUS))("the label store against the corpus", () => {
  test.each(store.filter((file) => existsSync(path.join(CORPUS, file.file))).map((file) => [file.file, file]))(
    "%s: every label is placed and every analysed sentence labelled",
    (_name, file) => {
      const { source, essay } = readCorpusEssay(file.file);
      const result = realign(file, source, essay.paragraphs);
      expect(result.unplaced.map((label) => label.id)).toEqual([]);
      expect(
        result.sentences.filter((entry) => entry.how === "none").map((e) => `${e.paragraph.id}.s${e.index + 1}`),
      ).toEqual([]);
    },
  );
});
