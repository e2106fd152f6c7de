// The accuracy of the upr-wg-report importer over the 41 Working Group reports of
// ../shared/data/upr-wg-reports, measured against UPR Info's row counts (npm run eval:extract).
import { describe, expect, it } from 'vitest';
import { evaluate, withinTolerance, type EvalRow } from '../scripts/eval-extract.ts';

/**
 * What the importer reaches today: 31 of the 41 reports within 2% of UPR Info. The other
 * ten differ where UPR Info split one printed recommendation into several rows: after the
 * State's partial answer in its addendum (Kenya, Myanmar, Sudan, Liechtenstein, Suriname),
 * or at an "and" joining two verbs in the 2008 reports (Algeria, Gabon, India, South
 * Africa, Ukraine), which the same reports elsewhere do not split. The goal eval:extract
 * reports against is 90% (TARGET); this floor keeps what is reached.
 */
const REACHED = 31;

describe('eval:extract over the UPR Working Group reports', () => {
  it('keeps the share of reports within 2% of UPR Info, and its pair total', async () => {
    const rows: EvalRow[] = await evaluate();
    expect(rows).toHaveLength(41);
    const ok = rows.filter(withinTolerance);
    expect(ok.length).toBeGreaterThanOrEqual(REACHED);
    const found = rows.reduce((n, r) => n + r.found, 0);
    const expected = rows.reduce((n, r) => n + r.expected, 0);
    expect(Math.abs(found - expected) / expected).toBeLessThan(0.02);
    expect(rows.find((r) => r.file === 'cambodia2014.pdf')).toMatchObject({ expected: 205, found: 205, recommendations: 205 });
  }, 600_000);
});
