/** One training example: the names of its active features and its class index. */
export interface Example {
  readonly features: readonly string[];
  readonly label: number;
}

/** Settings of the trainer; the defaults are what `train-claims.ts` uses. */
export interface TrainOptions {
  readonly epochs?: number;
  readonly rate?: number;
  /** L2 penalty per update. */
  readonly l2?: number;
  /** Features seen in fewer training examples than this are left out. */
  readonly minCount?: number;
  /** Examples of rare classes weigh (N / (K × count))^balance: 0 is unweighted, 1 fully balanced. */
  readonly balance?: number;
  /**
   * Starting weights that L2 pulls towards instead of zero, per feature: how the taxonomy's own
   * cues enter as prior knowledge that data can overrule. Features with a prior are always kept.
   */
  readonly prior?: ReadonlyMap<string, readonly number[]>;
  /** Seed of the shuffle that orders the examples in each epoch. */
  readonly seed?: number;
}

/** A trained multinomial logistic regression: per feature, one weight per class. */
export interface Trained {
  readonly bias: number[];
  readonly weights: Map<string, number[]>;
}

/**
 * Trains a multinomial logistic regression by stochastic gradient descent with AdaGrad steps and
 * L2 decay, in a fixed (seeded) order so that the same data always give the same weights.
 */
export function trainLogistic(examples: readonly Example[], classes: number, options: TrainOptions = {}): Trained {
  const {
    epochs = 30,
    rate = 0.3,
    l2 = 1e-4,
    minCount = 2,
    balance = 0.5,
    prior = new Map(),
    seed: start = 12345,
  } = options;
  const counts = new Map<string, number>();
  for (const example of examples) for (const name of example.features) counts.set(name, (counts.get(name) ?? 0) + 1);
  const kept = [...counts].filter(([name, count]) => count >= minCount || prior.has(name)).map(([name]) => name);
  for (const name of prior.keys()) if (!counts.has(name)) kept.push(name);
  const index = new Map(kept.map((name, i) => [name, i]));
  const w = new Float64Array(kept.length * classes);
  const centre = new Float64Array(kept.length * classes);
  kept.forEach((name, i) => {
    const start = prior.get(name);
    if (start) for (let k = 0; k < classes; k++) centre[i * classes + k] = start[k] ?? 0;
  });
  w.set(centre);
  const g2 = new Float64Array(kept.length * classes).fill(1e-8);
  const bias = new Float64Array(classes);
  const b2 = new Float64Array(classes).fill(1e-8);
  const perClass = new Array<number>(classes).fill(0);
  for (const example of examples) perClass[example.label] = (perClass[example.label] ?? 0) + 1;
  const classWeight = perClass.map((count) => (count === 0 ? 0 : (examples.length / (classes * count)) ** balance));
  const rows = examples.map((example) => ({
    ids: example.features.map((name) => index.get(name)).filter((id): id is number => id !== undefined),
    label: example.label,
  }));
  const order = rows.map((_, i) => i);
  let seed = start;
  const scores = new Float64Array(classes);
  for (let epoch = 0; epoch < epochs; epoch++) {
    seed = shuffle(order, seed);
    for (const at of order) {
      const row = rows[at] as (typeof rows)[number];
      scores.set(bias);
      for (const id of row.ids)
        for (let k = 0; k < classes; k++) scores[k] = (scores[k] ?? 0) + (w[id * classes + k] ?? 0);
      const probabilities = softmaxInPlace(scores);
      const weight = classWeight[row.label] ?? 1;
      for (let k = 0; k < classes; k++) {
        const grad = weight * ((probabilities[k] ?? 0) - (k === row.label ? 1 : 0));
        b2[k] = (b2[k] ?? 0) + grad * grad;
        bias[k] = (bias[k] ?? 0) - (rate * grad) / Math.sqrt(b2[k] ?? 1);
        for (const id of row.ids) {
          const slot = id * classes + k;
          const step = grad + l2 * ((w[slot] ?? 0) - (centre[slot] ?? 0));
          g2[slot] = (g2[slot] ?? 0) + step * step;
          w[slot] = (w[slot] ?? 0) - (rate * step) / Math.sqrt(g2[slot] ?? 1);
        }
      }
    }
  }
  const weights = new Map<string, number[]>();
  kept.forEach((name, i) => {
    weights.set(name, Array.from(w.subarray(i * classes, (i + 1) * classes)));
  });
  return { bias: Array.from(bias), weights };
}

/** The class scores of one example under trained weights. */
export function scoreExample(model: Trained, features: readonly string[]): number[] {
  const scores = [...model.bias];
  for (const name of features) {
    const row = model.weights.get(name);
    if (row) for (let k = 0; k < scores.length; k++) scores[k] = (scores[k] ?? 0) + (row[k] ?? 0);
  }
  return scores;
}

function softmaxInPlace(scores: Float64Array): Float64Array {
  let top = -Infinity;
  for (const score of scores) top = Math.max(top, score);
  let sum = 0;
  for (let k = 0; k < scores.length; k++) {
    scores[k] = Math.exp((scores[k] ?? 0) - top);
    sum += scores[k] ?? 0;
  }
  for (let k = 0; k < scores.length; k++) scores[k] = (scores[k] ?? 0) / sum;
  return scores;
}

// A Fisher–Yates shuffle driven by a small linear congruential generator; returns the next seed.
function shuffle(order: number[], seed: number): number {
  let state = seed;
  for (let i = order.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    const j = state % (i + 1);
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  return state;
}
