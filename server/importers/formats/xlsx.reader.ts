// Excel workbooks (the Universal Human Rights Index exports XLSX): the sheet that holds
// the table, as rows of strings, header first. Cells read as a person sees them: rich text
// as its plain text, formulas as their result, dates as ISO dates.
import ExcelJS from 'exceljs';
import { inputError } from '../../errors.ts';
import type { FormatReader, LoadedDocument, ProgressFn, SourceFile } from '../types.ts';

const XLSX_EXTENSIONS = /\.(xlsx|xlsm)$/i;
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

function isZip(bytes: Uint8Array): boolean {
  return ZIP_MAGIC.every((b, i) => bytes[i] === b);
}

/** ISO date, with the time only when the cell has one. */
function isoDate(d: Date): string {
  const iso = d.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}

/** The text of a cell value of any of exceljs's shapes. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return isoDate(value);
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText)) return value.richText.map((r: unknown) => cellText(r)).join('');
    if ('text' in value) return cellText(value.text);
    if ('result' in value) return cellText(value.result);
    if ('error' in value) return cellText(value.error);
  }
  return '';
}

/** Rows of a sheet as strings, blank rows dropped, each as wide as the widest. */
function sheetRows(sheet: ExcelJS.Worksheet): string[][] {
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = cellText(cell.value);
    });
    const filled = Array.from(cells, (c) => c ?? '');
    if (filled.some((c) => c.trim() !== '')) rows.push(filled);
  });
  const width = Math.max(0, ...rows.map((r) => r.length));
  for (const r of rows) while (r.length < width) r.push('');
  return rows;
}

/** A header row: at least two cells, all of them short non-numeric labels. */
function hasHeaderRow(rows: string[][]): boolean {
  const header = rows[0]?.filter((c) => c.trim() !== '') ?? [];
  return header.length >= 2 && header.every((c) => c.length <= 80 && !/^[\d.,\s-]+$/.test(c));
}

export const xlsxReader: FormatReader = {
  format: 'xlsx',
  sniff(file: SourceFile) {
    return isZip(file.bytes) && (XLSX_EXTENSIONS.test(file.name) || Buffer.from(file.bytes).includes('xl/workbook.xml'));
  },
  async read(file: SourceFile, onProgress?: ProgressFn): Promise<LoadedDocument> {
    const workbook = new ExcelJS.Workbook();
    try {
      // exceljs declares its own Buffer (an ArrayBuffer); give it a copy of exactly the file's bytes.
      await workbook.xlsx.load(file.bytes.slice().buffer);
    } catch (err) {
      throw inputError({ file: file.name }, `not a readable Excel workbook (${(err as Error).message})`, err);
    }
    const sheets = workbook.worksheets;
    let chosen: string[][] | null = null;
    for (const [i, sheet] of sheets.entries()) {
      const rows = sheetRows(sheet);
      onProgress?.(i + 1, sheets.length, `sheet ${sheet.name}`);
      if (rows.length > 0 && hasHeaderRow(rows)) {
        chosen = rows;
        break;
      }
      chosen ??= rows.length > 0 ? rows : null;
    }
    if (!chosen) throw inputError({ file: file.name }, 'the workbook has no rows');
    return { file, format: 'xlsx', text: '', lines: [], rows: chosen };
  },
};
