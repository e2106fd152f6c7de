import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildMatrix } from './report-fixtures.testing.ts';
import { renderMatrixXlsx } from './matrix.xlsx.ts';

async function readSheet(bytes: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('no worksheet');
  return sheet;
}

function cellText(sheet: ExcelJS.Worksheet, row: number, column: number): string {
  const value = sheet.getRow(row).getCell(column).value;
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return '';
  throw new Error(`cell ${row},${column} holds a ${typeof value}, not text`);
}

describe('renderMatrixXlsx', () => {
  it('holds 205 data rows with positions under the OHCHR column headings', async () => {
    const sheet = await readSheet(await renderMatrixXlsx(buildMatrix(205), { lang: 'en' }));
    expect(sheet.actualRowCount).toBe(206);
    const headers = [1, 2, 3, 4, 5, 6, 7, 8].map((c) => cellText(sheet, 1, c));
    expect(headers).toEqual([
      'Recommendation', 'Recommending State(s)', 'Position', 'Full list of themes', 'SDGs',
      'Affected persons', 'Responsible institutions', 'Assessment/comments on level of implementation',
    ]);
    const positions = Array.from({ length: 205 }, (_, i) => cellText(sheet, i + 2, 3));
    expect(positions.filter((p) => p.startsWith('noted (Source: FIX/ADD/1)'))).toHaveLength(41);
    expect(positions.filter((p) => p.startsWith('supported (Source: FIX/ADD/1)'))).toHaveLength(164);
    expect(cellText(sheet, 206, 1)).toBe('118.205 Fixture recommendation number 205.');
    expect(cellText(sheet, 2, 2)).toBe('State Alpha\nState Beta');
    expect(cellText(sheet, 2, 8)).toBe('partially implemented (2024, Fixture NMRF): Comment on 1.');
  });

  it('uses the French column headings when lang is fr', async () => {
    const sheet = await readSheet(await renderMatrixXlsx(buildMatrix(3), { lang: 'fr' }));
    expect(cellText(sheet, 1, 8)).toBe('Évaluation/commentaires sur le niveau de mise en œuvre');
    expect(cellText(sheet, 2, 3)).toBe('notée (Source: FIX/ADD/1)');
  });
});
