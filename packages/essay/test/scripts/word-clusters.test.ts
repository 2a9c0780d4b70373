import { describe, expect, it } from "vitest";
import {
  clusterFeatures,
  decodeClusters,
  FUNCTION_WORD_RANK,
  type WordClusterData,
} from "../../scripts/claims/word-clusters.ts";
import { viewSentence } from "../../src/claims/sentence-view.ts";

// A small clusters file of our own: frequent function words first, then content words in three
// fine clusters (people who treat the sick, verbs of going up, verbs of examining), of which the
// first two share a coarse class.
const FUNCTION = ["the", "a", "of", "will", "should", "not", "be"];
const CONTENT: [string, number, number[]][] = [
  ["doctor", 1, [64, 0]],
  ["physician", 1, [40, 0]],
  ["nurse", 1, [32, 0]],
  ["rise", 2, [0, 64]],
  ["climb", 2, [0, 40]],
  ["examined", 3, [-64, 0]],
  ["inspected", 3, [-40, 0]],
  ["patient", 1, [32, 0]],
];

function packed(): WordClusterData {
  const words = [...FUNCTION];
  while (words.length < FUNCTION_WORD_RANK) words.push(`filler${words.length}`);
  const ids: number[] = words.map(() => 0);
  const vectors: number[] = words.flatMap(() => [0, 0]);
  for (const [word, cluster, vector] of CONTENT) {
    words.push(word);
    ids.push(cluster);
    vectors.push(...vector);
  }
  const clusters = Buffer.alloc(ids.length * 2);
  ids.forEach((id, i) => {
    clusters.writeUInt16LE(id, i * 2);
  });
  return {
    words: words.join(" "),
    clusters: clusters.toString("base64"),
    coarseOf: [0, 1, 1, 2],
    denseDims: 2,
    dense: Buffer.from(Int8Array.from(vectors).buffer).toString("base64"),
  };
}

const table = decodeClusters(packed());

describe("decodeClusters", () => {
  it("reads each word's fine and coarse cluster and frequency rank", () => {
    expect(table.clusters.get("physician")).toEqual({ fine: 1, coarse: 1, rank: FUNCTION_WORD_RANK + 1 });
    expect(table.clusters.get("climb")).toMatchObject({ fine: 2, coarse: 1 });
    expect(table.clusters.get("the")).toMatchObject({ rank: 0 });
    expect(table.clusters.get("stethoscope")).toBeUndefined();
  });

  it("names the file when its words and cluster ids disagree", () => {
    const broken = { ...packed(), words: `${packed().words} extra` };
    expect(() => decodeClusters(broken, "clusters.json")).toThrow(/clusters\.json: 159 words but 158 cluster ids/);
  });
});

describe("clusterFeatures", () => {
  it("gives a word the cluster of its near-synonym", () => {
    const seen = clusterFeatures(viewSentence("The doctor examined the patient."), table, "first-content");
    const unseen = clusterFeatures(viewSentence("The physician inspected the patient."), table, "first-content");
    expect(seen).toEqual(["cluster:c1:1", "cluster:c2:3"]);
    expect(unseen).toEqual(seen);
  });

  it("leaves function words and words outside the vocabulary out of the content words", () => {
    const features = clusterFeatures(viewSentence("The stethoscope of the nurse."), table, "content-bag");
    expect(features).toEqual(["cluster:1"]);
  });

  it("reads the broad class in the coarse variants", () => {
    expect(clusterFeatures(viewSentence("The nurse will climb."), table, "content-bag-coarse")).toEqual([
      "cluster:coarse:1",
    ]);
  });

  it("takes the verb after the first modal, past negation and auxiliaries", () => {
    expect(clusterFeatures(viewSentence("Prices will not rise."), table, "after-modal")).toEqual([
      "cluster:after-modal:2",
    ]);
    expect(clusterFeatures(viewSentence("Costs will climb."), table, "after-modal")).toEqual(["cluster:after-modal:2"]);
  });

  it("marks the components whose mean over the main clause's content words passes the threshold", () => {
    // doctor (2, 0) and examined (-2, 0) cancel; rise (0, 2) alone pushes the second component.
    expect(clusterFeatures(viewSentence("The doctor examined the rise."), table, "dense", 0.3)).toEqual([
      "cluster:dense:1+",
    ]);
    expect(clusterFeatures(viewSentence("The physician inspected."), table, "dense", 0.3)).toEqual([]);
  });
});
