// `npm run eval:classify [-- DATA_DIR]`: trains on UPR sessions 1–13, tests on 14–16 and
// prints micro-/macro-F1, per-label F1, training time and classification speed.
import { loadClassifier } from '../server/classify/classifier.ts';
import { uprInfoDataDir } from '../server/classify/classify-paths.ts';
import { evaluateHandLabelled } from '../server/classify/hand-labelled-evaluation.ts';
import type { MultiLabelReport } from '../server/classify/metrics.ts';
import { loadUprInfoDir } from '../server/classify/upr-info-data.ts';
import { evaluateUprInfo } from '../server/classify/upr-info-evaluation.ts';

const t0 = performance.now();
const records = loadUprInfoDir(process.argv[2] ?? uprInfoDataDir());
const r = await evaluateUprInfo(records, undefined, { onProgress: (step) => console.log(step) });
const pct = (x: number): string => `${(x * 100).toFixed(1)}%`.padStart(6);
console.log('');
console.log(`${'label'.padEnd(46)} support     P      R     F1`);
for (const l of [...r.perLabel].sort((a, b) => b.support - a.support)) {
  console.log(`${l.label.padEnd(46)} ${String(l.support).padStart(7)} ${pct(l.precision)} ${pct(l.recall)} ${pct(l.f1)}`);
}
console.log('');
console.log(`train sessions 1–13: ${r.trainCount} recommendations; test sessions 14–16: ${r.testCount}`);
console.log(`micro-F1 ${r.microF1.toFixed(4)} (P ${r.microPrecision.toFixed(4)}, R ${r.microRecall.toFixed(4)})`);
console.log(`macro-F1 ${r.macroF1.toFixed(4)}`);
console.log(`training ${r.trainSeconds.toFixed(1)} s; classification ${Math.round(r.perSecond)} recommendations/s (one core)`);
console.log(`total ${((performance.now() - t0) / 1000).toFixed(1)} s`);

// The derived taxonomies, measured on the hand-labelled set with the shipped model.
const hand = evaluateHandLabelled(loadClassifier());
const line = (name: string, m: MultiLabelReport): string =>
  `${name.padEnd(22)} micro-F1 ${m.microF1.toFixed(3)} (P ${m.microPrecision.toFixed(3)}, R ${m.microRecall.toFixed(3)}), macro-F1 ${m.macroF1.toFixed(3)}`;
console.log('');
console.log(`hand-labelled set (${hand.items} recommendations), shipped model:`);
console.log(line('uhri', hand.uhri));
console.log(line('sdg goals + targets', hand.sdg));
console.log(line('sdg goals only', hand.sdgGoals));
