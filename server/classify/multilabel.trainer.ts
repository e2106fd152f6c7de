// Trains a LinearMultiLabelModel: fits the vocabulary, holds out the most recent part of
// the data to tune the thresholds and the score scale, then retrains on everything.
import { margins, type LinearMultiLabelModel } from './linear-model.ts';
import { DEFAULT_LINEAR_OPTIONS, trainOneVsRest, type LinearTrainOptions } from './linear-svm.trainer.ts';
import { fitVectorizer, vectorize, type SparseVector, type Vectorizer } from './text-features.ts';

export interface LabelledText {
  text: string;
  labels: readonly string[];
  /** Orders the examples in time (a UPR session); the latest ones are held out for tuning. */
  group: number;
}

export interface MultiLabelTrainOptions {
  linear: LinearTrainOptions;
  /** Terms must occur in this many training texts to enter the vocabulary. */
  minDf: number;
  /** Share of the examples (the latest groups) held out to tune the thresholds. */
  holdOut: number;
  /** A label's own threshold is blended with the global one by its held-out support: n/(n+k). */
  thresholdShrink: number;
  onProgress?: (step: string) => void;
}

export const DEFAULT_TRAIN_OPTIONS: MultiLabelTrainOptions = {
  linear: DEFAULT_LINEAR_OPTIONS,
  minDf: 2,
  holdOut: 0.15,
  thresholdShrink: 100,
};

const GRID = Array.from({ length: 61 }, (_, k) => -1 + k * 0.025);

async function fitWeights(vz: Vectorizer, xs: SparseVector[], examples: readonly LabelledText[], labels: readonly string[], opts: LinearTrainOptions): Promise<{ weights: Float32Array; bias: Float32Array }> {
  const at = new Map(labels.map((l, k) => [l, k]));
  const ys = examples.map((e) => e.labels.map((l) => at.get(l)).filter((k) => k !== undefined));
  const models = await trainOneVsRest(xs, ys, labels.length, vz.vocab.length, opts);
  const nl = labels.length;
  const weights = new Float32Array(vz.vocab.length * nl);
  models.forEach((m, l) => m.w.forEach((w, f) => (weights[f * nl + l] = w)));
  return { weights, bias: Float32Array.from(models, (m) => m.bias) };
}

/** Micro-F1 counts for one threshold vector with the top-1 fallback. */
function microF1(ms: readonly Float64Array[], gold: readonly Set<number>[], th: (l: number) => number): number {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  ms.forEach((m, i) => {
    let best = 0;
    let predicted = false;
    const g = gold[i]!;
    for (let l = 0; l < m.length; l++) {
      if (m[l]! - th(l) > m[best]! - th(best)) best = l;
      if (m[l]! > th(l)) {
        predicted = true;
        if (g.has(l)) tp++;
        else fp++;
      }
    }
    if (!predicted) {
      if (g.has(best)) tp++;
      else fp++;
    }
    fn += g.size;
  });
  fn -= tp;
  return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
}

/** Thresholds: the best global one, then per label blended towards it by support. */
export function tuneThresholds(ms: readonly Float64Array[], gold: readonly Set<number>[], labelCount: number, shrink: number): { thresholds: Float32Array; global: number } {
  let global = 0;
  let bestF = -1;
  for (const t of GRID) {
    const f = microF1(ms, gold, () => t);
    if (f > bestF) [bestF, global] = [f, t];
  }
  const thresholds = new Float32Array(labelCount).fill(global);
  for (let l = 0; l < labelCount; l++) {
    let support = 0;
    for (const g of gold) if (g.has(l)) support++;
    if (support === 0) continue;
    let best = global;
    let bestLabelF = -1;
    for (const t of GRID) {
      let tp = 0;
      let fp = 0;
      ms.forEach((m, i) => {
        if (m[l]! > t) {
          if (gold[i]!.has(l)) tp++;
          else fp++;
        }
      });
      const f = (2 * tp) / (2 * tp + fp + (support - tp));
      if (f > bestLabelF) [bestLabelF, best] = [f, t];
    }
    thresholds[l] = (support * best + shrink * global) / (support + shrink);
  }
  return { thresholds, global };
}

/** The logistic scale that best turns (margin − threshold) into probabilities (Newton's method). */
export function fitScale(ms: readonly Float64Array[], gold: readonly Set<number>[], thresholds: Float32Array): number {
  let s = 4;
  for (let iter = 0; iter < 30; iter++) {
    let grad = 0;
    let hess = 1e-9;
    ms.forEach((m, i) => {
      for (let l = 0; l < m.length; l++) {
        const z = m[l]! - thresholds[l]!;
        const p = 1 / (1 + Math.exp(-s * z));
        const y = gold[i]!.has(l) ? 1 : 0;
        grad += (p - y) * z;
        hess += p * (1 - p) * z * z;
      }
    });
    const step = grad / hess;
    s = Math.max(0.1, s - step);
    if (Math.abs(step) < 1e-4) break;
  }
  return s;
}

/**
 * Trains on `examples` for the given label list (labels outside it are ignored).
 * Throws when there are too few examples to hold some out.
 */
export async function trainMultiLabel(examples: readonly LabelledText[], labels: readonly string[], options: Partial<MultiLabelTrainOptions> = {}): Promise<LinearMultiLabelModel> {
  const opts = { ...DEFAULT_TRAIN_OPTIONS, ...options };
  const progress = opts.onProgress ?? ((): void => undefined);
  const sorted = [...examples].sort((a, b) => a.group - b.group);
  const cut = Math.floor(sorted.length * (1 - opts.holdOut));
  if (cut < 10 || cut >= sorted.length) throw new Error(`too few examples (${sorted.length}) to hold ${opts.holdOut * 100}% out`);
  const labelList = [...labels];
  const at = new Map(labelList.map((l, k) => [l, k]));
  const goldOf = (e: LabelledText): Set<number> => new Set(e.labels.map((l) => at.get(l)).filter((k) => k !== undefined));

  progress(`tuning: training on ${cut} examples, holding out ${sorted.length - cut}`);
  const inner = sorted.slice(0, cut);
  const held = sorted.slice(cut);
  const innerVz = fitVectorizer(inner.map((e) => e.text), opts.minDf);
  const innerFit = await fitWeights(innerVz, inner.map((e) => vectorize(innerVz, e.text)), inner, labelList, opts.linear);
  const innerModel: LinearMultiLabelModel = { labels: labelList, vectorizer: innerVz, ...innerFit, thresholds: new Float32Array(labelList.length), scale: 1 };
  const ms = held.map((e) => margins(innerModel, vectorize(innerVz, e.text)));
  const gold = held.map(goldOf);
  const { thresholds } = tuneThresholds(ms, gold, labelList.length, opts.thresholdShrink);
  const scale = fitScale(ms, gold, thresholds);

  progress(`final: training on all ${sorted.length} examples`);
  const vz = fitVectorizer(sorted.map((e) => e.text), opts.minDf);
  const fit = await fitWeights(vz, sorted.map((e) => vectorize(vz, e.text)), sorted, labelList, opts.linear);
  return { labels: labelList, vectorizer: vz, ...fit, thresholds, scale };
}
