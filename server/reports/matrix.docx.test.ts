import { describe, expect, it } from 'vitest';
import { buildMatrix } from './report-fixtures.testing.ts';
import { renderMatrixDocx } from './matrix.docx.ts';
import { docxXml, tableRows } from './read-back.testing.ts';

describe('renderMatrixDocx', () => {
  it('holds a header row and 205 data rows with positions', async () => {
    const xml = docxXml(await renderMatrixDocx(buildMatrix(205), { lang: 'en' }));
    const rows = tableRows(xml);
    expect(rows).toHaveLength(206);
    expect(rows[0]).toBe(
      'Recommendation | Recommending State(s) | Position | Full list of themes | SDGs | Affected persons | ' +
        'Responsible institutions | Assessment/comments on level of implementation',
    );
    const data = rows.slice(1);
    expect(data.filter((r) => r.includes('| noted (Source: FIX/ADD/1) |'))).toHaveLength(41);
    expect(data.filter((r) => r.includes('| supported (Source: FIX/ADD/1) |'))).toHaveLength(164);
    expect(data[204]).toContain('118.205 Fixture recommendation number 205.');
    expect(xml).toContain('w:orient="landscape"');
    expect(xml).toContain('<w:tblHeader');
  });

  it('uses the Spanish column headings when lang is es', async () => {
    const rows = tableRows(docxXml(await renderMatrixDocx(buildMatrix(2), { lang: 'es' })));
    expect(rows[0]).toContain('Estado(s) recomendante(s)');
    expect(rows[1]).toContain('anotada (Fuente: FIX/ADD/1)');
  });
});
