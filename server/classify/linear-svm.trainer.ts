// One-vs-rest linear models trained by dual coordinate descent on the L2-regularised
// squared-hinge loss (the method of LIBLINEAR's `-s 1`): exact, fast on sparse text and
// with no learning rate to tune.
import type { SparseVector } from './text-features.ts';

export interface LinearTrainOptions {
  /** Inverse regularisation strength. */
  c: number;
  /** Passes over the data at most; training stops earlier once the updates are small. */
  maxEpochs: number;
  /** Value of the constant feature that learns the bias. */
  biasFeature: number;
  /** Seed of the shuffling, so training is reproducible. */
  seed: number;
}

export const DEFAULT_LINEAR_OPTIONS: LinearTrainOptions = { c: 0.5, maxEpochs: 30, biasFeature: 1, seed: 7 };

/** Weights of one binary model over `dim` features, plus its bias. */
export interface BinaryModel {
  w: Float32Array;
  bias: number;
}

/** A small deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Trains one binary model: `y[i]` is true for the positive examples. */
export function trainBinary(xs: readonly SparseVector[], y: ArrayLike<boolean>, dim: number, opts: LinearTrainOptions): BinaryModel {
  const n = xs.length;
  const w = new Float64Array(dim);
  let b = 0;
  const alpha = new Float64Array(n);
  const diag = 0.5 / opts.c;
  const qd = new Float64Array(n);
  const bf = opts.biasFeature;
  for (let i = 0; i < n; i++) {
    let s = bf * bf + diag;
    const v = xs[i]!.val;
    for (let k = 0; k < v.length; k++) s += v[k]! * v[k]!;
    qd[i] = s;
  }
  const order = Int32Array.from({ length: n }, (_, i) => i);
  const random = rng(opts.seed);
  for (let epoch = 0; epoch < opts.maxEpochs; epoch++) {
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      const t = order[i]!;
      order[i] = order[j]!;
      order[j] = t;
    }
    let maxPg = -Infinity;
    let minPg = Infinity;
    for (let o = 0; o < n; o++) {
      const i = order[o]!;
      const x = xs[i]!;
      const yi = y[i] ? 1 : -1;
      let dot = b * bf;
      for (let k = 0; k < x.idx.length; k++) dot += w[x.idx[k]!]! * x.val[k]!;
      const g = yi * dot - 1 + diag * alpha[i]!;
      const pg = alpha[i] === 0 ? Math.min(g, 0) : g;
      if (pg > maxPg) maxPg = pg;
      if (pg < minPg) minPg = pg;
      if (Math.abs(pg) < 1e-12) continue;
      const old = alpha[i]!;
      const next = Math.max(old - g / qd[i]!, 0);
      alpha[i] = next;
      const d = (next - old) * yi;
      for (let k = 0; k < x.idx.length; k++) w[x.idx[k]!]! += d * x.val[k]!;
      b += d * bf;
    }
    if (maxPg - minPg < 0.1) break;
  }
  return { w: Float32Array.from(w), bias: b * bf };
}

/**
 * Trains one model per label; `labelsOf[i]` holds the label indices of example `i`. Yields
 * to the event loop between labels so a server or test runner stays responsive.
 */
export async function trainOneVsRest(
  xs: readonly SparseVector[],
  labelsOf: readonly (readonly number[])[],
  labelCount: number,
  dim: number,
  opts: LinearTrainOptions = DEFAULT_LINEAR_OPTIONS,
): Promise<BinaryModel[]> {
  const models: BinaryModel[] = [];
  for (let l = 0; l < labelCount; l++) {
    const y = new Uint8Array(xs.length);
    labelsOf.forEach((ls, i) => (y[i] = ls.includes(l) ? 1 : 0));
    models.push(trainBinary(xs, Array.from(y, (v) => v === 1), dim, opts));
    await new Promise((resolve) => setImmediate(resolve));
  }
  return models;
}
