import { describe, expect, it } from 'vitest';
import { BENCHMARK_CODES, buildScorecard } from './report-fixtures.testing.ts';
import { pdfText, squash } from './read-back.testing.ts';
import { renderScorecardPdf } from './scorecard.pdf.ts';

describe('renderScorecardPdf', () => {
  it('names the 20 benchmarks with their grades and prints the totals', async () => {
    const bytes = await renderScorecardPdf(buildScorecard(), { lang: 'en' });
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const text = squash(await pdfText(bytes));
    expect(text).toContain('5 on target, 3 variable, 12 off target');
    for (const [i, code] of BENCHMARK_CODES.entries()) {
      expect(text).toContain(`Benchmark ${i + 1} (${code})`);
      expect(text).toContain(`Fixture benchmark ${code} wording`);
    }
    expect(text.match(/Grade (on target|variable|off target)/g)).toHaveLength(20);
  });

  it('prints French and Khmer fixed texts', async () => {
    const fr = squash(await pdfText(await renderScorecardPdf(buildScorecard(), { lang: 'fr' })));
    expect(fr).toContain('5 sur la bonne voie, 3 variables, 12 hors de la trajectoire');
    const km = await renderScorecardPdf(buildScorecard(), { lang: 'km' });
    expect(km.subarray(0, 5).toString()).toBe('%PDF-');
    expect(squash(await pdfText(km))).toContain('Fixture benchmark T wording');
  });
});
