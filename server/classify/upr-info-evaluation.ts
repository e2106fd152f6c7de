// Train-on-early-sessions, test-on-later-sessions evaluation of the UPR Info classifier,
// shared by `npm run eval:classify` and its test.
import { decide, labelScores } from './linear-model.ts';
import { decodeModel, encodeModel } from './model-file.ts';
import { evaluateMultiLabel, type MultiLabelReport } from './metrics.ts';
import { trainMultiLabel, type MultiLabelTrainOptions } from './multilabel.trainer.ts';
import type { UprInfoRecommendation } from './upr-info-data.ts';
import { UPR_INFO_ISSUES } from './upr-info-issues.ts';

export interface UprInfoEvaluation extends MultiLabelReport {
  trainCount: number;
  testCount: number;
  trainSeconds: number;
  /** Recommendations classified per second, one core, end to end from text. */
  perSecond: number;
}

export interface SessionSplit {
  train: (session: number) => boolean;
  test: (session: number) => boolean;
}

export const STANDARD_SPLIT: SessionSplit = { train: (s) => s >= 1 && s <= 13, test: (s) => s >= 14 && s <= 16 };

/** Trains on the split's training sessions and scores the test sessions. */
export async function evaluateUprInfo(records: readonly UprInfoRecommendation[], split: SessionSplit = STANDARD_SPLIT, options: Partial<MultiLabelTrainOptions> = {}): Promise<UprInfoEvaluation> {
  const train = records.filter((r) => split.train(r.session));
  const test = records.filter((r) => split.test(r.session));
  const t0 = performance.now();
  const trained = await trainMultiLabel(train.map((r) => ({ text: r.text, labels: r.issues, group: r.session })), UPR_INFO_ISSUES, options);
  const trainSeconds = (performance.now() - t0) / 1000;
  // Score the model as it ships: written to the (quantised) file format and read back.
  const { model } = decodeModel(encodeModel(trained));
  const t1 = performance.now();
  const predicted = test.map((r) => decide(model.labels, labelScores(model, r.text)).labels);
  const seconds = (performance.now() - t1) / 1000;
  return {
    ...evaluateMultiLabel(test.map((r) => r.issues), predicted, UPR_INFO_ISSUES),
    trainCount: train.length,
    testCount: test.length,
    trainSeconds,
    perSecond: test.length / Math.max(seconds, 1e-9),
  };
}
