// The accuracy of the upr-wg-report importer over the 41 Working Group reports of
// ../shared/data/upr-wg-reports, measured against UPR Info's row counts (npm run eval:extract).
import { describe, expect, it } from 'vitest';
import { evaluate, withinTolerance, type EvalRow } from '../scripts/eval-extract.ts';
import { readUprInfoPairs, stateDifferences } from '../scripts/upr-info-pairs.ts';

/**
 * What the importer reaches today: 31 of the 41 reports within 2% of UPR Info, 23 exact.
 * `npm run eval:extract -- --states` shows, State by State, that the other ten differ only
 * where UPR Info split one printed recommendation into several rows that the report itself
 * gives no sign of: after the State's partial answer in its addendum (Kenya, Myanmar, Sudan,
 * Liechtenstein, Suriname: treaty lists and `X and Y` asks answered in parts), or at an
 * "and" joining two verbs in the 2008 reports (Algeria, Gabon, India, South Africa,
 * Ukraine), which the same reports elsewhere do not split. The 2008 reports are so short
 * that one row is more than 2%. The goal eval:extract reports against is 90% (TARGET);
 * this floor keeps what is reached.
 */
const REACHED = 31;
const EXACT = 23;

describe('eval:extract over the UPR Working Group reports', () => {
  it('keeps the share of reports within 2% of UPR Info, and its pair total', async () => {
    const rows: EvalRow[] = await evaluate();
    expect(rows).toHaveLength(41);
    const ok = rows.filter(withinTolerance);
    expect(ok.length).toBeGreaterThanOrEqual(REACHED);
    expect(rows.filter((r) => r.found === r.expected).length).toBeGreaterThanOrEqual(EXACT);
    const found = rows.reduce((n, r) => n + r.found, 0);
    const expected = rows.reduce((n, r) => n + r.expected, 0);
    expect(Math.abs(found - expected) / expected).toBeLessThan(0.01);
    expect(rows.find((r) => r.file === 'cambodia2014.pdf')).toMatchObject({ expected: 205, found: 205, recommendations: 205 });

    // State by State too: Cambodia 2014, and Switzerland 2012, which prints a list
    // `(Paraguay (Argentina);` and names `United States of Americas`, `Libya Arab Jamahiriya`.
    const uprInfo = await readUprInfoPairs();
    for (const file of ['cambodia2014.pdf', 'switzerland2012.pdf']) {
      const row = rows.find((r) => r.file === file)!;
      const differences = stateDifferences(uprInfo.get(`${row.country}/${row.session}`)!, row.byState);
      expect({ file, differences }).toEqual({ file, differences: [] });
    }
  }, 600_000);
});
