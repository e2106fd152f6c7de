// The acceptance figure of issue 7: trained on UPR sessions 1–13, micro-F1 ≥ 0.80 on
// sessions 14–16 for the 54 issues (the full evaluation, as `npm run eval:classify`).
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { uprInfoDataDir } from './classify-paths.ts';
import { loadUprInfoDir } from './upr-info-data.ts';
import { evaluateUprInfo } from './upr-info-evaluation.ts';

describe.runIf(existsSync(uprInfoDataDir()))('UPR Info classifier, sessions 1–13 → 14–16', () => {
  it('reaches micro-F1 ≥ 0.80 on sessions 14–16 (speed is measured by npm run eval:classify and npm run bench)', async () => {
    const r = await evaluateUprInfo(loadUprInfoDir(uprInfoDataDir()));
    expect(r.testCount).toBe(6776);
    expect(r.microF1).toBeGreaterThanOrEqual(0.8);
    expect(r.macroF1).toBeGreaterThan(0.7);
  }, 900_000);
});
