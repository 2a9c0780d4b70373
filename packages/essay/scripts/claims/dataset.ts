import { existsSync } from "node:fs";
import path from "node:path";
import { prepareSentences } from "../../src/claims/tag-claims.ts";
import type { ClaimKind } from "../../src/types.ts";
import { readCorpusEssay } from "../labels/corpus.ts";
import { CORPUS } from "../labels/paths.ts";
import { realign } from "../labels/realign.ts";
import { readStore } from "../labels/store.ts";

/** One labelled claim unit of the corpus, as the trainer and the evaluation see it. */
export interface Row {
  readonly file: string;
  readonly genre: string;
  readonly id: string;
  readonly kind: ClaimKind;
  readonly thesis: boolean;
  readonly features: readonly string[];
  readonly thesisFeatures: readonly string[];
}

/** The labelled corpus, re-aligned with the current parser, with the files it could not read. */
export interface Dataset {
  readonly rows: readonly Row[];
  readonly essays: readonly string[];
  readonly missing: readonly string[];
  readonly unplaced: number;
}

/**
 * Builds the dataset from the label store and the corpus; sentences labelled `none` are left out.
 * `extra`, when given, adds feature names computed from each sentence's text (for experiments
 * with features the tagger does not have yet, such as scripts/claims/eval-word-clusters.ts's).
 */
export function loadDataset(extra?: (text: string) => readonly string[]): Dataset {
  const rows: Row[] = [];
  const essays: string[] = [];
  const missing: string[] = [];
  let unplaced = 0;
  for (const store of readStore()) {
    if (!existsSync(path.join(CORPUS, store.file))) {
      missing.push(store.file);
      continue;
    }
    const { source, essay } = readCorpusEssay(store.file);
    const aligned = realign(store, source, essay.paragraphs);
    unplaced += aligned.unplaced.length;
    // As parseEssay tags them: the analysed paragraphs only.
    const prose = essay.paragraphs.filter((paragraph) => paragraph.analysed);
    const prepared = prepareSentences(prose, { headline: [essay.title, essay.subtitle ?? ""].join(" ") });
    const labels = new Map(
      aligned.sentences.map((entry) => [`${entry.paragraph.id}.s${entry.index + 1}`, entry.label]),
    );
    essays.push(store.file);
    for (const entry of prepared) {
      const paragraph = prose[entry.slot];
      const id = `${paragraph?.id}.s${entry.number}`;
      const label = labels.get(id);
      if (!label || label.kind === "none") continue;
      rows.push({
        file: store.file,
        genre: store.genre,
        id,
        kind: label.kind,
        thesis: label.thesis,
        features: [...entry.features.map((feature) => feature.name), ...(extra?.(entry.sentence.text) ?? [])],
        thesisFeatures: entry.thesis,
      });
    }
  }
  return { rows, essays, missing, unplaced };
}
