// Measures the derived UHRI and SDG scorers on the hand-labelled set.
import type { Classifier } from './classifier.ts';
import { HAND_LABELLED } from './hand-labelled.fixture.ts';
import { evaluateMultiLabel, type MultiLabelReport } from './metrics.ts';

export interface HandLabelledEvaluation {
  items: number;
  uhri: MultiLabelReport;
  /** Goals and targets together, as the classifier gives them. */
  sdg: MultiLabelReport;
  /** Goals only ("16"). */
  sdgGoals: MultiLabelReport;
}

const isGoal = (label: string): boolean => !label.includes('.');

export function evaluateHandLabelled(classifier: Classifier): HandLabelledEvaluation {
  const texts = HAND_LABELLED.map((h) => h.text);
  const uhri = classifier.classify(texts, 'uhri').map((p) => p.labels);
  const sdg = classifier.classify(texts, 'sdg').map((p) => p.labels);
  const goldSdg = HAND_LABELLED.map((h) => h.sdg);
  return {
    items: texts.length,
    uhri: evaluateMultiLabel(HAND_LABELLED.map((h) => h.uhri), uhri, classifier.labels('uhri')),
    sdg: evaluateMultiLabel(goldSdg, sdg, classifier.labels('sdg')),
    sdgGoals: evaluateMultiLabel(goldSdg.map((g) => g.filter(isGoal)), sdg.map((p) => p.filter(isGoal)), classifier.labels('sdg').filter(isGoal)),
  };
}
