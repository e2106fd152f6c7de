import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { listToCsv, listToJson, listToXlsx } from './list-export.ts';
import type { ListColumn } from './list-export.ts';

interface Item {
  code: string;
  text: string;
  count: number;
  states: string[];
  due: Date | null;
}

const columns: ListColumn<Item>[] = [
  { key: 'code', header: 'Code', value: (r) => r.code },
  { key: 'text', header: 'Text, in full', value: (r) => r.text },
  { key: 'count', header: 'Count', value: (r) => r.count },
  { key: 'states', header: 'States', value: (r) => r.states },
  { key: 'due', header: 'Due', value: (r) => r.due },
];

const items: Item[] = [
  { code: 'A', text: 'Plain text', count: 3, states: ['Alpha', 'Beta'], due: new Date('2024-12-31T00:00:00Z') },
  { code: 'B', text: 'Says "quoted", then\nbreaks a line', count: -2, states: [], due: null },
  { code: '=1+1', text: 'ក្រសួងយុត្តិធម៌ — é', count: 0, states: ['Gamma'], due: null },
];

describe('listToCsv', () => {
  it('writes RFC 4180 CSV in UTF-8 with a byte-order mark', () => {
    const bytes = listToCsv(items, columns);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8').slice(1)).toBe(
      'Code,"Text, in full",Count,States,Due\r\n' +
        'A,Plain text,3,Alpha; Beta,2024-12-31T00:00:00.000Z\r\n' +
        'B,"Says ""quoted"", then\nbreaks a line",-2,,\r\n' +
        "'=1+1,ក្រសួងយុត្តិធម៌ — é,0,Gamma,\r\n",
    );
  });
});

describe('listToJson', () => {
  it('writes an array of objects keyed by column, lists kept as arrays', () => {
    const parsed: unknown = JSON.parse(listToJson(items, columns).toString('utf8'));
    expect(parsed).toEqual([
      { code: 'A', text: 'Plain text', count: 3, states: ['Alpha', 'Beta'], due: '2024-12-31T00:00:00.000Z' },
      { code: 'B', text: 'Says "quoted", then\nbreaks a line', count: -2, states: [], due: null },
      { code: '=1+1', text: 'ក្រសួងយុត្តិធម៌ — é', count: 0, states: ['Gamma'], due: null },
    ]);
  });
});

describe('listToXlsx', () => {
  it('writes a header row and one row per record with typed cells', async () => {
    const bytes = await listToXlsx(items, columns, 'Recommendations: open');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('Recommendations  open');
    expect(sheet.actualRowCount).toBe(4);
    expect(sheet.getRow(1).values).toEqual([undefined, 'Code', 'Text, in full', 'Count', 'States', 'Due']);
    expect(sheet.getRow(2).getCell(3).value).toBe(3);
    expect(sheet.getRow(2).getCell(4).value).toBe('Alpha\nBeta');
    expect(sheet.getRow(2).getCell(5).value).toEqual(new Date('2024-12-31T00:00:00Z'));
    expect(sheet.getRow(4).getCell(1).value).toBe('=1+1');
    expect(sheet.getRow(4).getCell(2).value).toBe('ក្រសួងយុត្តិធម៌ — é');
  });
});
