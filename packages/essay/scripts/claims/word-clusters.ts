import { existsSync, readFileSync } from "node:fs";
import type { SentenceView } from "../../src/claims/sentence-view.ts";

/** A word's distributional class: words used in like contexts share one ("doctor", "physician"). */
export interface WordCluster {
  /** The specific cluster, one of a few hundred. */
  readonly fine: number;
  /** The broad class the fine cluster belongs to, one of a few dozen. */
  readonly coarse: number;
  /** The word's frequency rank in the embeddings' corpus, from 0 (the most frequent). */
  readonly rank: number;
}

/** The shape of the file `derive-word-clusters.ts` writes. */
export interface WordClusterData {
  /** The words, most frequent first, separated by spaces. */
  readonly words: string;
  /** Each word's fine cluster, as little-endian 16-bit numbers in base64, in the words' order. */
  readonly clusters: string;
  /** Each fine cluster's coarse class. */
  readonly coarseOf: readonly number[];
  /** How many principal components each dense vector has. */
  readonly denseDims: number;
  /** The most frequent words' vectors on those components, as signed bytes (32 = one standard deviation), in base64. */
  readonly dense: string;
}

/** Word clusters and dense vectors, decoded for lookup. */
export interface WordClusters {
  readonly clusters: ReadonlyMap<string, WordCluster>;
  /** Rank × dims signed bytes: the dense vector of the word of that rank. */
  readonly vectors: Int8Array;
  readonly dims: number;
}

/** Reads and decodes a clusters file; ends with a clear message when it is missing or malformed. */
export function readClusters(file: string): WordClusters {
  if (!existsSync(file))
    throw new Error(
      `${file}: word clusters not found\n  ↳ derive them first: node packages/essay/scripts/claims/derive-word-clusters.ts EMBEDDINGS.json --out ${file}`,
    );
  return decodeClusters(JSON.parse(readFileSync(file, "utf8")) as WordClusterData, file);
}

/** Decodes packed cluster data; throws, naming `source`, when its parts disagree in length. */
export function decodeClusters(packed: WordClusterData, source = "word clusters"): WordClusters {
  const words = packed.words.split(" ");
  const ids = Buffer.from(packed.clusters, "base64");
  if (ids.length !== words.length * 2)
    throw new Error(`${source}: ${words.length} words but ${ids.length / 2} cluster ids; derive the file again`);
  const clusters = new Map<string, WordCluster>();
  for (let i = 0; i < words.length; i++) {
    const fine = ids.readUInt16LE(i * 2);
    const coarse = packed.coarseOf[fine];
    if (coarse === undefined)
      throw new Error(`${source}: word ${i + 1} is in cluster ${fine}, which has no coarse class`);
    clusters.set(words[i] as string, { fine, coarse, rank: i });
  }
  const dense = Buffer.from(packed.dense, "base64");
  return { clusters, vectors: new Int8Array(dense.buffer, dense.byteOffset, dense.byteLength), dims: packed.denseDims };
}

/**
 * Words ranked this frequent or more are function words ("the", "of", "will"): their clusters are
 * the words themselves, which the tagger's own features already name, so only rarer words count.
 */
export const FUNCTION_WORD_RANK = 150;

/** The ways of turning clusters into features that `eval-word-clusters.ts` compares. */
export const CLUSTER_VARIANTS = [
  "head",
  "first-content",
  "first-content-coarse",
  "content-bag",
  "content-bag-coarse",
  "after-modal",
  "dense",
] as const;
/** One of {@link CLUSTER_VARIANTS}. */
export type ClusterVariant = (typeof CLUSTER_VARIANTS)[number];

const MODALS = new Set(["will", "would", "shall", "should", "must", "may", "might", "could", "can", "'ll"]);
const AUXILIARIES = new Set(["not", "n't", "be", "have", "been", "also", "never", "only", "still"]);

/**
 * Cluster features of a sentence's main clause, as feature names: `head` the cluster of the clause's
 * first word; `first-content` those of its first two content words (most often the subject's head
 * and the verb); `content-bag` those of all its content words; `-coarse` the broad classes
 * instead; `after-modal` the verb after its first modal; `dense` the sign of each component of the
 * mean dense vector of its content words, where that mean is at least `threshold` standard deviations.
 */
export function clusterFeatures(
  view: SentenceView,
  table: WordClusters,
  variant: ClusterVariant,
  threshold = 0.3,
): string[] {
  const out = new Set<string>();
  const { tokens, roles } = view;
  const sum = new Float64Array(table.dims);
  let content = 0;
  for (let i = view.head; i < tokens.length; i++) {
    if (roles[i] !== "main") continue;
    const word = tokens[i]?.lower ?? "";
    const cluster = table.clusters.get(word);
    if (variant === "after-modal" && MODALS.has(word)) {
      let j = i + 1;
      while (j < tokens.length && AUXILIARIES.has(tokens[j]?.lower ?? "")) j++;
      const verb = table.clusters.get(tokens[j]?.lower ?? "");
      if (verb) out.add(`cluster:after-modal:${verb.fine}`);
      break;
    }
    if (!cluster) continue;
    if (variant === "head" && i === view.head) out.add(`cluster:head:${cluster.fine}`);
    if (cluster.rank < FUNCTION_WORD_RANK) continue;
    content++;
    if (variant === "first-content" && content <= 2) out.add(`cluster:c${content}:${cluster.fine}`);
    if (variant === "first-content-coarse" && content <= 2) out.add(`cluster:c${content}:coarse:${cluster.coarse}`);
    if (variant === "content-bag") out.add(`cluster:${cluster.fine}`);
    if (variant === "content-bag-coarse") out.add(`cluster:coarse:${cluster.coarse}`);
    if (variant === "dense") {
      const start = cluster.rank * table.dims;
      if (start + table.dims > table.vectors.length) {
        content--;
        continue;
      }
      for (let d = 0; d < table.dims; d++) sum[d] = (sum[d] ?? 0) + (table.vectors[start + d] ?? 0) / 32;
    }
  }
  if (variant === "dense" && content > 0)
    for (let d = 0; d < table.dims; d++) {
      const mean = (sum[d] ?? 0) / content;
      if (mean >= threshold) out.add(`cluster:dense:${d}+`);
      else if (mean <= -threshold) out.add(`cluster:dense:${d}-`);
    }
  return [...out];
}
