// Multi-label evaluation: micro- and macro-averaged F1 and per-label counts.

export interface LabelScore {
  label: string;
  support: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface MultiLabelReport {
  microF1: number;
  microPrecision: number;
  microRecall: number;
  /** Mean F1 over the labels that occur in the gold set or the predictions. */
  macroF1: number;
  perLabel: LabelScore[];
}

function f1(tp: number, fp: number, fn: number): number {
  return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
}

/** Compares predicted label sets with gold ones, item by item. Throws on a length mismatch. */
export function evaluateMultiLabel(gold: readonly (readonly string[])[], predicted: readonly (readonly string[])[], labels: readonly string[]): MultiLabelReport {
  if (gold.length !== predicted.length) throw new Error(`gold has ${gold.length} items, predictions ${predicted.length}`);
  const counts = new Map<string, { tp: number; fp: number; fn: number }>(labels.map((l) => [l, { tp: 0, fp: 0, fn: 0 }]));
  const at = (l: string): { tp: number; fp: number; fn: number } => {
    let c = counts.get(l);
    if (!c) counts.set(l, (c = { tp: 0, fp: 0, fn: 0 }));
    return c;
  };
  gold.forEach((g, i) => {
    const gs = new Set(g);
    const ps = new Set(predicted[i]);
    for (const l of ps) {
      if (gs.has(l)) at(l).tp++;
      else at(l).fp++;
    }
    for (const l of gs) if (!ps.has(l)) at(l).fn++;
  });
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const perLabel: LabelScore[] = [];
  for (const [label, c] of counts) {
    tp += c.tp;
    fp += c.fp;
    fn += c.fn;
    perLabel.push({
      label,
      support: c.tp + c.fn,
      precision: c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp),
      recall: c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn),
      f1: f1(c.tp, c.fp, c.fn),
    });
  }
  const used = perLabel.filter((s) => s.support > 0 || s.precision > 0 || counts.get(s.label)!.fp > 0);
  return {
    microF1: f1(tp, fp, fn),
    microPrecision: tp + fp === 0 ? 0 : tp / (tp + fp),
    microRecall: tp + fn === 0 ? 0 : tp / (tp + fn),
    macroF1: used.length === 0 ? 0 : used.reduce((s, x) => s + x.f1, 0) / used.length,
    perLabel,
  };
}
