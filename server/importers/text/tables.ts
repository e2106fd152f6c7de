// Tables as the seeds print them: tab-separated rows, a header row repeated after each
// page break, footnotes in between. Groups rows into tables and drops repeated headers.
import type { Block } from './blocks.ts';

export interface TableRow {
  cells: string[];
  line: number;
}

export interface Table {
  header: string[];
  rows: TableRow[];
  line: number;
  /** The part heading (`Annex I`, `V`) the table sits under, if any. */
  part: string | null;
  /** The last heading or caption line before the table. */
  caption: string | null;
}

const sameRow = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((c, i) => c.toLowerCase() === (b[i] ?? '').toLowerCase());

/** Groups consecutive rows (footnotes and page breaks allowed in between) into tables. */
export function groupTables(blocks: readonly Block[]): Table[] {
  const tables: Table[] = [];
  let current: Table | null = null;
  let part: string | null = null;
  let caption: string | null = null;
  let interrupted = false;
  for (const b of blocks) {
    if (b.kind === 'heading') {
      if (b.level === 'part') part = b.label;
      caption = b.text;
      current = null;
      continue;
    }
    if (b.kind === 'footnote') {
      interrupted = true;
      continue;
    }
    if (b.kind !== 'row' || !b.cells) {
      current = null;
      if (b.kind === 'text') caption = b.text;
      continue;
    }
    if (current && sameRow(b.cells, current.header)) {
      interrupted = false;
      continue;
    }
    if (!current || (interrupted && b.cells.length !== current.header.length)) {
      current = { header: b.cells, rows: [], line: b.line, part, caption };
      tables.push(current);
    } else {
      current.rows.push({ cells: b.cells, line: b.line });
    }
    interrupted = false;
  }
  return tables;
}

/** Index of the first header cell matching `re`, or -1. */
export function column(table: Table, re: RegExp): number {
  return table.header.findIndex((h) => re.test(h));
}
