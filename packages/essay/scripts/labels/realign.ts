import type { Paragraph } from "../../src/types.ts";
import { sentenceHash } from "./sentence-hash.ts";
import { anchorSentences } from "./source-anchor.ts";
import type { LabelFile, StoredLabel } from "./store.ts";

/** A sentence of the current parser's output with the label placed on it, if any. */
export interface AlignedSentence {
  readonly paragraph: Paragraph;
  /** Index of the sentence in its paragraph (0-based). */
  readonly index: number;
  readonly label: StoredLabel | undefined;
  /** How the label was placed: by the sentence's hash, or by overlap in the source. */
  readonly how: "hash" | "overlap" | "none";
}

/** The outcome of re-aligning one essay's labels with the current parser's sentences. */
export interface Realignment {
  readonly sentences: readonly AlignedSentence[];
  /** Labels that no current sentence took: the report names each. */
  readonly unplaced: readonly StoredLabel[];
}

/**
 * Maps stored labels onto the current sentences: first by hash (in document order), then, for a
 * sentence whose boundaries changed, by the label whose source range overlaps it most (at least
 * half of the sentence or of the labelled one). Offsets are compared in the source text, so paragraph renumbering and
 * markup changes do not matter.
 */
export function realign(store: LabelFile, source: string, paragraphs: readonly Paragraph[]): Realignment {
  const current = paragraphs.flatMap((paragraph) =>
    paragraph.analysed ? paragraph.sentences.map((sentence, index) => ({ paragraph, index, sentence })) : [],
  );
  const byHash = new Map<string, StoredLabel[]>();
  for (const label of store.labels) byHash.set(label.hash, [...(byHash.get(label.hash) ?? []), label]);
  const used = new Set<StoredLabel>();
  const placed: (StoredLabel | undefined)[] = current.map((entry) => {
    const label = byHash.get(sentenceHash(entry.sentence.text))?.find((candidate) => !used.has(candidate));
    if (label) used.add(label);
    return label;
  });
  const how: AlignedSentence["how"][] = placed.map((label) => (label ? "hash" : "none"));
  if (placed.some((label) => label === undefined)) {
    const anchors = anchorSentences(
      source,
      current.map((entry) => entry.sentence.text),
    );
    current.forEach((_, i) => {
      const range = anchors[i];
      if (placed[i] || !range) return;
      const label = bestOverlap(store.labels, range);
      if (!label) return;
      placed[i] = label;
      how[i] = "overlap";
      used.add(label);
    });
  }
  return {
    sentences: current.map((entry, i) => ({
      paragraph: entry.paragraph,
      index: entry.index,
      label: placed[i],
      how: how[i] ?? "none",
    })),
    unplaced: store.labels.filter((label) => !used.has(label) && label.kind !== "none"),
  };
}

function bestOverlap(labels: readonly StoredLabel[], [start, end]: readonly [number, number]): StoredLabel | undefined {
  let best: StoredLabel | undefined;
  let bestLength = 0;
  for (const label of labels) {
    if (!label.source) continue;
    const length = Math.min(end, label.source[1]) - Math.max(start, label.source[0]);
    // At least half of the sentence, or half of the labelled one (a merge of two labelled sentences).
    const enough = length * 2 >= Math.min(end - start, label.source[1] - label.source[0]);
    if (length > bestLength && enough) {
      best = label;
      bestLength = length;
    }
  }
  return best;
}
