import { describe, expect, it } from 'vitest';
import { docxText, docxXml, squash, tableRows } from './read-back.testing.ts';
import { buildMidterm } from './report-fixtures.testing.ts';
import { renderUprMidtermDocx } from './upr-midterm.docx.ts';

describe('renderUprMidtermDocx', () => {
  it('opens with a summary table by theme and status', async () => {
    const rows = tableRows(docxXml(await renderUprMidtermDocx(buildMidterm(12), { lang: 'en' })));
    expect(rows.slice(0, 5)).toEqual([
      'Theme | Recommendations | supported | noted | implemented | not assessed',
      'Fixture theme one | 4 | 3 | 1 | 4 | 0',
      'Fixture theme two | 4 | 3 | 1 | 0 | 4',
      'Fixture theme three | 4 | 3 | 1 | 0 | 4',
      'Total | 12 | 9 | 3 | 4 | 8',
    ]);
  });

  it('prints each recommendation under its primary theme with its follow-up', async () => {
    const text = squash(await docxText(await renderUprMidtermDocx(buildMidterm(12), { lang: 'en' })));
    expect(text).toContain('Voluntary mid-term report');
    const themeTwo = text.indexOf('Fixture theme two', text.indexOf('Total'));
    const themeThree = text.indexOf('Fixture theme three', themeTwo);
    const first = text.indexOf('118.2 Recommendation Fixture recommendation number 2.');
    expect(first).toBeGreaterThan(themeTwo);
    expect(first).toBeLessThan(themeThree);
    const block = text.slice(text.indexOf('118.1 Recommendation'), text.indexOf('118.4 Recommendation'));
    expect(block).toContain('Recommending State(s) State Alpha State Beta');
    expect(block).toContain('Position noted (Source: FIX/ADD/1)');
    expect(block).toContain('Responsible institutions Ministry of Fixtures');
    expect(block).toContain('Fixture action 1, Ministry of Fixtures, due 30 June 2025 (ongoing)');
    expect(block).toContain('Fixture indicator: 38,944 persons (31 December 2024; Sources: FIX/STAT/1)');
    expect(block).toContain('Latest assessment implemented (2024, Fixture NMRF)');
    const second = text.slice(text.indexOf('118.2 Recommendation'), text.indexOf('118.5 Recommendation'));
    expect(second).toContain('Actions taken none');
    expect(second).toContain('Latest assessment not assessed');
  });

  it('groups by cluster when clustered, in Spanish', async () => {
    const report = buildMidterm(6, 'cluster');
    const bytes = await renderUprMidtermDocx(report, { lang: 'es' });
    const rows = tableRows(docxXml(bytes));
    expect(rows[0]).toBe('Grupo temático | Recomendaciones | aceptada | anotada | aplicada | no evaluada');
    expect(rows[1]).toBe('Fixture cluster 1 | 3 | 2 | 1 | 1 | 2');
    expect(rows[3]).toBe('Total | 6 | 4 | 2 | 2 | 4');
    const text = squash(await docxText(bytes));
    expect(text).toContain('Fixture indicator: 38.944 persons (31 de diciembre de 2024; Fuentes: FIX/STAT/1)');
  });
});
