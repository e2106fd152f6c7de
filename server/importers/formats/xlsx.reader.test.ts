import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { cellText, xlsxReader } from './xlsx.reader.ts';

async function workbookBytes(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('cellText', () => {
  it('reads every shape of cell value as text', () => {
    expect(cellText(null)).toBe('');
    expect(cellText(42)).toBe('42');
    expect(cellText(true)).toBe('true');
    expect(cellText(new Date(Date.UTC(2019, 2, 14)))).toBe('2019-03-14');
    expect(cellText({ richText: [{ text: 'Côte ' }, { text: "d'Ivoire" }] })).toBe("Côte d'Ivoire");
    expect(cellText({ formula: 'A1+1', result: 3 })).toBe('3');
    expect(cellText({ text: 'A/HRC/54/75', hyperlink: 'https://example.org' })).toBe('A/HRC/54/75');
    expect(cellText({ error: '#N/A' })).toBe('#N/A');
  });
});

describe('xlsxReader', () => {
  it('sniffs a workbook by its zip magic and name', async () => {
    const bytes = await workbookBytes((wb) => wb.addWorksheet('a').addRow(['x']));
    expect(xlsxReader.sniff({ name: 'export.xlsx', bytes })).toBe(true);
    expect(xlsxReader.sniff({ name: 'export.bin', bytes })).toBe(true);
    expect(xlsxReader.sniff({ name: 'export.xlsx', bytes: new TextEncoder().encode('a,b') })).toBe(false);
  });

  it('reads the sheet with a header row, blank rows dropped and rows padded', async () => {
    const bytes = await workbookBytes((wb) => {
      const notes = wb.addWorksheet('About');
      notes.addRow(['This export was made by a test; the table is on the next sheet, and it has a header row of its own.']);
      const data = wb.addWorksheet('Data');
      data.addRow(['Symbol', 'Text', 'Date']);
      data.addRow(['A/HRC/1/1', 'Protect, promote — and fulfil', new Date(Date.UTC(2008, 4, 30))]);
      data.addRow([]);
      data.addRow(['A/HRC/1/2']);
    });
    const doc = await xlsxReader.read({ name: 'e.xlsx', bytes });
    expect(doc.format).toBe('xlsx');
    expect(doc.rows).toEqual([
      ['Symbol', 'Text', 'Date'],
      ['A/HRC/1/1', 'Protect, promote — and fulfil', '2008-05-30'],
      ['A/HRC/1/2', '', ''],
    ]);
  });

  it('names the file when it is no workbook', async () => {
    const bytes = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
    await expect(xlsxReader.read({ name: 'broken.xlsx', bytes })).rejects.toThrow(/^broken\.xlsx: not a readable Excel workbook/);
  });
});
