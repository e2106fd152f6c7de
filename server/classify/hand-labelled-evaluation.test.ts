import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadClassifier } from './classifier.ts';
import { taxonomyDir } from './classify-paths.ts';
import { evaluateHandLabelled } from './hand-labelled-evaluation.ts';
import { HAND_LABELLED } from './hand-labelled.fixture.ts';

describe.runIf(existsSync(taxonomyDir()))('uhri and sdg on the hand-labelled set', () => {
  const classifier = loadClassifier();

  it('is labelled only with names of the taxonomy lists', () => {
    const uhri = new Set(classifier.labels('uhri'));
    const sdg = new Set(classifier.labels('sdg'));
    expect(HAND_LABELLED.length).toBeGreaterThanOrEqual(30);
    for (const h of HAND_LABELLED) {
      for (const l of h.uhri) expect(uhri.has(l), l).toBe(true);
      for (const l of h.sdg) expect(sdg.has(l), l).toBe(true);
    }
  });

  // Floors a little under the figures in docs/classification.md, so a regression shows.
  it('keeps the documented agreement', () => {
    const r = evaluateHandLabelled(classifier);
    expect(r.uhri.microF1).toBeGreaterThan(0.68);
    expect(r.uhri.microRecall).toBeGreaterThan(0.8);
    expect(r.sdg.microF1).toBeGreaterThan(0.64);
    expect(r.sdgGoals.microF1).toBeGreaterThan(0.74);
  });
});
