import { describe, expect, it } from 'vitest';
import { AppError } from '../../errors.ts';
import { loadSeed, loadText } from '../../../test/seed-doc.ts';
import { sharedAvailable } from '../../../test/shared.ts';
import { detectKind } from '../index.ts';
import { KIND_IMPORTERS } from '../registry.ts';

const EXPECTED: [string, string][] = [
  ['000', 'sr-benchmarks'],
  ['001', 'sr-benchmarks'],
  ['002', 'lettered-recommendations'],
  ['003', 'hc-upr-letter'],
  ['004', 'progress-brief'],
];

describe.runIf(sharedAvailable)('kind detection on the seeds', () => {
  it.each(EXPECTED)('seed %s is %s, with a clear margin over every other kind', async (prefix, kind) => {
    const doc = await loadSeed(prefix);
    const scores = KIND_IMPORTERS.map((k) => ({ kind: k.kind, score: k.detect(doc) })).sort((a, b) => b.score - a.score);
    expect(scores[0]!.kind).toBe(kind);
    expect(scores[0]!.score - scores[1]!.score).toBeGreaterThanOrEqual(0.2);
  });
});

describe('kind detection on other text', () => {
  it('refuses a text that is none of the kinds with unsupported-kind', async () => {
    const doc = await loadText('Shopping list\n\nApples, pears and a loaf of bread.\nCall the plumber on Tuesday.\n');
    expect(() => detectKind(doc)).toThrow(AppError);
    try {
      detectKind(doc);
    } catch (err) {
      expect((err as AppError).code).toBe('unsupported-kind');
    }
  });
});
