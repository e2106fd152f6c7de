// Any list of records as CSV, XLSX or JSON, given its column definitions. Exports
// print what they are given: presenters have already removed what the audience may
// not see.
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { ListFormat } from '../../contracts/reports.ts';
import { collect } from './stream-bytes.ts';

export type ListValue = string | number | boolean | Date | null | readonly string[];

export interface ListColumn<R> {
  /** Key of the value in JSON. */
  key: string;
  /** Column heading in CSV and XLSX (already translated by the caller). */
  header: string;
  value: (row: R) => ListValue;
  /** XLSX column width in characters. */
  width?: number;
}

const BOM = '\uFEFF';
/** Spreadsheets run a cell starting with one of these as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

function plain(value: ListValue, listSeparator: string): string {
  if (value === null) return '';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return value.join(listSeparator);
}

function csvField(value: ListValue): string {
  let text = plain(value, '; ');
  // Text (not numbers) that a spreadsheet would run as a formula is prefixed with an apostrophe.
  if (typeof value !== 'number' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * RFC 4180 CSV: CRLF line ends, fields quoted when they hold a comma, quote or line
 * break; UTF-8 with a byte-order mark so that Excel reads accents and Khmer correctly.
 * Lists are joined with `; `; dates are ISO 8601.
 */
export function listToCsv<R>(rows: Iterable<R>, columns: readonly ListColumn<R>[]): Buffer {
  const lines = [columns.map((c) => csvField(c.header)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvField(c.value(row))).join(','));
  return Buffer.from(`${BOM}${lines.join('\r\n')}\r\n`, 'utf8');
}

function jsonValue(value: ListValue): string | number | boolean | null | string[] {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return [...(value as readonly string[])];
  return value as string | number | boolean | null;
}

/** A JSON array of objects keyed by the columns' keys, in column order; lists stay arrays. */
export function listToJson<R>(rows: Iterable<R>, columns: readonly ListColumn<R>[]): Buffer {
  const records: Record<string, ReturnType<typeof jsonValue>>[] = [];
  for (const row of rows) records.push(Object.fromEntries(columns.map((c) => [c.key, jsonValue(c.value(row))])));
  return Buffer.from(`${JSON.stringify(records, null, 2)}\n`, 'utf8');
}

/**
 * Columns for records given by the paths of their leaves (`latestGrade.label` reads a
 * nested field): lists of plain values stay lists, anything else structured is written
 * as JSON. The path is the heading.
 */
export function columnsAt(paths: readonly string[]): ListColumn<object>[] {
  return paths.map((key) => ({ key, header: key, value: (row: object) => leafValue(row, key.split('.')) }));
}

function leafValue(row: object, path: readonly string[]): ListValue {
  let value: unknown = row;
  for (const part of path) value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
  if (value === undefined || value === null) return null;
  if (Array.isArray(value)) return value.every((v) => typeof v === 'string' || typeof v === 'number') ? value.map(String) : JSON.stringify(value);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  return JSON.stringify(value);
}


export interface ListFile {
  bytes: Buffer;
  mediaType: string;
  fileName: string;
}

/** A list as a downloadable file named `name.<format>`. */
export async function listFile<R>(rows: readonly R[], columns: readonly ListColumn<R>[], format: ListFormat, name: string): Promise<ListFile> {
  if (format === 'csv') return { bytes: listToCsv(rows, columns), mediaType: 'text/csv; charset=utf-8', fileName: `${name}.csv` };
  if (format === 'json') return { bytes: listToJson(rows, columns), mediaType: 'application/json; charset=utf-8', fileName: `${name}.json` };
  return {
    bytes: await listToXlsx(rows, columns, name),
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    fileName: `${name}.xlsx`,
  };
}

function xlsxValue(value: ListValue): string | number | boolean | Date | null {
  if (Array.isArray(value)) return (value as readonly string[]).join('\n');
  return value as string | number | boolean | Date | null;
}

/** An XLSX workbook with one sheet: a bold, frozen, filterable header row, then the rows (streamed). */
export async function listToXlsx<R>(
  rows: Iterable<R>,
  columns: readonly ListColumn<R>[],
  sheetName = 'List',
): Promise<Buffer> {
  const stream = new PassThrough();
  const bytes = collect(stream);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Landmark';
  const sheet = workbook.addWorksheet(sheetName.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31) || 'List', {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = columns.map((c) => ({ key: c.key, header: c.header, width: c.width ?? 20 }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: Math.max(1, columns.length) } };
  for (const row of rows) {
    sheet.addRow(columns.map((c) => xlsxValue(c.value(row)))).commit();
  }
  sheet.commit();
  await workbook.commit();
  return bytes;
}
