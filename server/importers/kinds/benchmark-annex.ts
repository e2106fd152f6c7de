// The annex table of a Special Rapporteur's benchmarks: one row group per benchmark (a
// numbered `No.` cell starts a group; rows after a page break continue it), with the
// recommendations it derives from, the benchmark's wording and its timeframe.
import type { CitedSource } from '../../../contracts/extract.ts';
import { findQuotedCitations } from '../text/citations.ts';
import { cleanText } from '../text/clean.ts';
import { column, type Table } from '../text/tables.ts';

export interface AnnexBenchmark {
  /** Number as printed (`6`), or the row's position when the table has no `No.` column. */
  number: number;
  title: string | null;
  timeframe: string | null;
  sources: CitedSource[];
  /** `annex I, No. 6` or `annex II, row 6`. */
  ref: string;
  text: string;
  line: number;
  /** True when the table only lists benchmarks (no column of source recommendations). */
  listOnly: boolean;
}

/** True when a table lists benchmarks (a header cell says so). */
export function isBenchmarkTable(table: Table): boolean {
  return column(table, /benchmark/i) >= 0;
}

function firstFragment(cell: string): string {
  return cleanText(cell).replace(/:\s.*$/, '').replace(/[:.]$/, '').trim();
}

interface Group {
  number: number;
  rows: { cells: string[]; line: number }[];
}

/** Benchmarks of an annex table, in order. */
export function annexBenchmarks(table: Table): AnnexBenchmark[] {
  const noCol = column(table, /^no\.?$/i);
  const titleCol = column(table, /benchmark/i);
  const timeCol = column(table, /time\s*frame/i);
  const recCol = column(table, /recommendation/i);
  const groups: Group[] = [];
  for (const row of table.rows) {
    const cells = row.cells;
    const numberCell = noCol >= 0 ? /^(\d{1,3})\.?$/.exec(cells[noCol] ?? '') : null;
    const title = cells[titleCol] ?? '';
    const last = groups[groups.length - 1];
    const continues = noCol >= 0 ? !numberCell : /^[a-z]/.test(title) && !(cells[timeCol] ?? '');
    if (last && continues) last.rows.push(row);
    else if (noCol < 0 || numberCell) groups.push({ number: numberCell ? Number(numberCell[1]) : groups.length + 1, rows: [row] });
  }
  const annex = table.part ? table.part.replace(/^Annex/i, 'annex') : 'annex';
  return groups.map((g) => {
    const pick = (col: number): string[] => (col < 0 ? [] : g.rows.map((r) => r.cells[col] ?? '').filter((c) => c !== ''));
    const titles = pick(titleCol);
    const title = noCol >= 0 ? (titles[0] ? firstFragment(titles[0]) : null) : titles.map(cleanText).join(' ').trim() || null;
    const timeframe = pick(timeCol)[0]?.replace(/\.$/, '').trim() ?? null;
    const sources = recCol >= 0 ? findQuotedCitations(pick(recCol).join(' ')) : [];
    return {
      number: g.number,
      title,
      timeframe,
      sources,
      ref: noCol >= 0 ? `${annex}, No. ${g.number}` : `${annex}, row ${g.number}`,
      text: g.rows.map((r) => r.cells.filter((c) => c !== '').join(' | ')).join(' '),
      line: g.rows[0]!.line,
      listOnly: recCol < 0,
    };
  });
}
