// CSV as spreadsheets and databases export it: RFC 4180 quoting ("" inside quotes, commas
// and line breaks in quoted fields), any line ending (CRLF, LF, and the CR alone of old
// Macintosh exports), comma, semicolon or tab separated, in whatever encoding
// text-decoder.ts finds. Field contents are kept exactly as decoded.
import { inputError } from '../../errors.ts';
import type { FormatReader, LoadedDocument, ProgressFn, SourceFile } from '../types.ts';
import { decodeText } from './text-decoder.ts';

const CSV_EXTENSIONS = /\.(csv|tsv)$/i;
const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;
/** Rows between two progress reports. */
const PROGRESS_EVERY = 2000;

/** The separator of the header line: the most frequent of comma, semicolon and tab. */
export function detectDelimiter(text: string): string {
  const end = text.search(/[\r\n]/);
  const header = (end < 0 ? text : text.slice(0, end)).replace(/"[^"]*"/g, '');
  let best = ',';
  let bestCount = 0;
  for (const d of [',', ';', '\t']) {
    const count = header.split(d).length - 1;
    if (count > bestCount) {
      best = d;
      bestCount = count;
    }
  }
  return best;
}

export interface CsvParseOptions {
  /** File name for error messages. */
  file: string;
  /** Defaults to the one detectDelimiter finds. */
  delimiter?: string;
  onProgress?: ProgressFn;
  /** When given, receives the line (1-based) each returned row starts on, for messages. */
  lines?: number[];
}

/** Line breaks (CRLF, LF or CR alone) in text[from, to). */
function lineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === LF || (c === CR && text.charCodeAt(k + 1) !== LF)) count++;
  }
  return count;
}

/**
 * Parses CSV text into rows of fields (header first). Blank lines are skipped. A quote
 * opened and never closed is a bad-input error naming the file and the row it opened in;
 * characters after a closing quote are kept, as spreadsheet programs do.
 */
export function parseCsv(text: string, opts: CsvParseOptions): string[][] {
  const d = (opts.delimiter ?? detectDelimiter(text)).charCodeAt(0);
  const n = text.length;
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  let line = 1;
  let rowLine = 1;
  /** Index of the first delimiter or line break at or after `from`. */
  const fieldEnd = (from: number): number => {
    let k = from;
    while (k < n) {
      const c = text.charCodeAt(k);
      if (c === d || c === LF || c === CR) break;
      k++;
    }
    return k;
  };
  const endRow = () => {
    if (row.length > 1 || row[0] !== '') {
      rows.push(row);
      opts.lines?.push(rowLine);
      if (opts.onProgress && rows.length % PROGRESS_EVERY === 0) opts.onProgress(i, n, `${rows.length} rows`);
    }
    row = [];
  };
  for (;;) {
    let field: string;
    if (i < n && text.charCodeAt(i) === QUOTE) {
      field = '';
      const opened = i;
      let j = i + 1;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0) throw inputError({ file: opts.file, row: rows.length + 1, field: `column ${row.length + 1}` }, 'a quoted field is never closed (a stray double quote?)');
        if (text.charCodeAt(q + 1) === QUOTE) {
          field += text.slice(j, q + 1);
          j = q + 2;
        } else {
          field += text.slice(j, q);
          i = q + 1;
          if (opts.lines) line += lineBreaks(text, opened, i);
          break;
        }
      }
      const k = fieldEnd(i);
      if (k > i) field += text.slice(i, k);
      i = k;
    } else {
      const k = fieldEnd(i);
      field = text.slice(i, k);
      i = k;
    }
    row.push(field);
    if (i >= n) {
      endRow();
      break;
    }
    const c = text.charCodeAt(i);
    if (c === d) {
      i++;
      continue;
    }
    i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    endRow();
    line++;
    rowLine = line;
    if (i >= n) break;
  }
  opts.onProgress?.(n, n, `${rows.length} rows`);
  return rows;
}

/** A row of a CSV file keyed by the header row, with the line it starts on. */
export interface CsvRecord {
  line: number;
  fields: Record<string, string>;
}

/** Rows keyed by the header row, each with its line. Throws bad-input naming a required column that is missing. */
export function csvLinedRecords(text: string, file: string, required: readonly string[] = []): CsvRecord[] {
  const lines: number[] = [];
  const [header, ...rows] = parseCsv(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, { file, delimiter: ',', lines });
  if (!header) return [];
  for (const name of required) {
    if (!header.includes(name)) throw inputError({ file, row: 1, field: name }, `missing column "${name}" (found: ${header.join(', ')})`);
  }
  return rows.map((cells, r) => {
    const fields: Record<string, string> = {};
    header.forEach((name, k) => (fields[name] = cells[k] ?? ''));
    return { line: lines[r + 1] ?? r + 2, fields };
  });
}

/** Rows as objects keyed by the header row. Throws bad-input naming a required column that is missing. */
export function csvRecords(text: string, file: string, required: readonly string[] = []): Record<string, string>[] {
  return csvLinedRecords(text, file, required).map((r) => r.fields);
}

export const csvReader: FormatReader = {
  format: 'csv',
  sniff(file: SourceFile) {
    return CSV_EXTENSIONS.test(file.name);
  },
  read(file: SourceFile, onProgress?: ProgressFn): Promise<LoadedDocument> {
    try {
      const { text } = decodeText(file.bytes);
      if (text.slice(0, 8192).includes('\0')) throw inputError({ file: file.name }, 'the file is binary, not CSV text');
      const delimiter = /\.tsv$/i.test(file.name) ? '\t' : detectDelimiter(text);
      const rows = parseCsv(text, { file: file.name, delimiter, onProgress });
      if (rows.length === 0) throw inputError({ file: file.name }, 'the CSV has no rows');
      return Promise.resolve({ file, format: 'csv', text: '', lines: [], rows });
    } catch (err) {
      return Promise.reject(err instanceof Error ? err : new Error(String(err)));
    }
  },
};
