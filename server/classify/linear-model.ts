// A trained multi-label linear classifier and its inference: TF-IDF features, one weight
// row per feature (all labels side by side, so scoring a text touches each feature once),
// per-label thresholds and a logistic scale that turns margins into scores in 0–1.
import { vectorize, type SparseVector, type Vectorizer } from './text-features.ts';

export interface LinearMultiLabelModel {
  labels: string[];
  vectorizer: Vectorizer;
  /** Feature-major weights: `weights[f * labels.length + l]`. */
  weights: Float32Array;
  bias: Float32Array;
  /** Margin above which a label is predicted, per label. */
  thresholds: Float32Array;
  /** Score = sigmoid(scale × (margin − threshold)), so 0.5 is the decision boundary. */
  scale: number;
}

export interface Prediction {
  labels: string[];
  scores: Record<string, number>;
}

/** Scores below this are left out of `scores` unless the label is predicted. */
export const MIN_REPORTED_SCORE = 0.05;

/** Raw margins of a vectorised text, one per label. */
export function margins(model: LinearMultiLabelModel, x: SparseVector): Float64Array {
  const nl = model.labels.length;
  const out = Float64Array.from(model.bias);
  const w = model.weights;
  for (let k = 0; k < x.idx.length; k++) {
    const base = x.idx[k]! * nl;
    const v = x.val[k]!;
    for (let l = 0; l < nl; l++) out[l]! += w[base + l]! * v;
  }
  return out;
}

/** Per-label scores in 0–1 (0.5 at each label's threshold). */
export function labelScores(model: LinearMultiLabelModel, text: string): Float64Array {
  const m = margins(model, vectorize(model.vectorizer, text));
  for (let l = 0; l < m.length; l++) m[l] = 1 / (1 + Math.exp(-model.scale * (m[l]! - model.thresholds[l]!)));
  return m;
}

/**
 * Turns per-label scores into a prediction: every label at or above 0.5, or the best one
 * alone when none reaches it (a recommendation always gets at least one label).
 */
export function decide(labels: readonly string[], scores: ArrayLike<number>, minReported = MIN_REPORTED_SCORE): Prediction {
  let best = 0;
  const chosen: number[] = [];
  for (let l = 0; l < labels.length; l++) {
    if (scores[l]! > scores[best]!) best = l;
    if (scores[l]! >= 0.5) chosen.push(l);
  }
  if (chosen.length === 0 && labels.length > 0) chosen.push(best);
  chosen.sort((a, b) => scores[b]! - scores[a]!);
  const order = Array.from({ length: labels.length }, (_, l) => l)
    .filter((l) => scores[l]! >= minReported || chosen.includes(l))
    .sort((a, b) => scores[b]! - scores[a]!);
  const out: Record<string, number> = {};
  for (const l of order) out[labels[l]!] = Math.round(scores[l]! * 1000) / 1000;
  return { labels: chosen.map((l) => labels[l]!), scores: out };
}

/** Classifies one text with a trained model. */
export function predict(model: LinearMultiLabelModel, text: string): Prediction {
  return decide(model.labels, labelScores(model, text));
}
