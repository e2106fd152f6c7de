// `npm run eval:extract`: extracts each UPR Working Group report of
// ../shared/data/upr-wg-reports and compares the number of (recommendation, recommending
// State) pairs with the rows UPR Info holds for that review (index.csv). Prints a table
// and a summary; exits 1 when fewer than 90% of the reports are within 2%. With `--states`,
// lists under each report that is not exact the recommending States whose pairs differ
// from the UPR Info export (../shared/data/upr-info).
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DATA_DIR } from '../test/shared.ts';
import { extract } from '../server/importers/index.ts';
import type { ExtractResult } from '../contracts/extract.ts';
import { readUprInfoPairs, reportPairs, stateDifferences, type StateCounts } from './upr-info-pairs.ts';

export const REPORTS_DIR = resolve(DATA_DIR, 'upr-wg-reports');
/** A report counts as right when its pair count is within this share of UPR Info's. */
export const TOLERANCE = 0.02;
/** Share of the reports that must be right. */
export const TARGET = 0.9;

export interface EvalRow {
  file: string;
  /** State under review (ISO3) and UPR session: the review UPR Info's rows belong to. */
  country: string | null;
  session: number;
  expected: number;
  found: number;
  recommendations: number;
  /** (found − expected) / expected. */
  diff: number;
  seconds: number;
  /** Pairs found per recommending State. */
  byState: StateCounts;
}

/**
 * Sum over the recommendations of their recommending States. A recommendation that names
 * no State is still one row: UPR Info records it with the State "(Unknown)".
 */
export function pairCount(result: ExtractResult): number {
  return result.recommendations.reduce((n, r) => n + Math.max(1, r.recommendingStates.length, r.statesAsPrinted?.length ?? 0), 0);
}

/** index.csv: `file,session,upr_info_rows`. */
export async function readIndex(): Promise<{ file: string; session: number; rows: number }[]> {
  const text = await readFile(join(REPORTS_DIR, 'index.csv'), 'utf8');
  return text
    .split(/\r?\n/)
    .slice(1)
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const [file = '', session = '0', rows = '0'] = l.split(',');
      return { file, session: Number(session), rows: Number(rows) };
    });
}

export async function evaluate(onRow?: (row: EvalRow) => void): Promise<EvalRow[]> {
  const rows: EvalRow[] = [];
  for (const { file, session, rows: expected } of await readIndex()) {
    const started = performance.now();
    const bytes = new Uint8Array(await readFile(join(REPORTS_DIR, file)));
    const result = await extract({ name: file, bytes });
    const found = pairCount(result);
    const row: EvalRow = {
      file,
      country: result.document.country,
      session,
      expected,
      found,
      recommendations: result.recommendations.length,
      diff: (found - expected) / expected,
      seconds: (performance.now() - started) / 1000,
      byState: reportPairs(result),
    };
    rows.push(row);
    onRow?.(row);
  }
  return rows;
}

export function withinTolerance(row: EvalRow): boolean {
  return Math.abs(row.diff) <= TOLERANCE + 1e-9;
}

/** Within two rows: the README's "a few reports differ by a row or two" (shown, not the target). */
export function withinTwoRows(row: EvalRow): boolean {
  return Math.abs(row.found - row.expected) <= 2;
}

function formatRow(r: EvalRow): string {
  const pct = `${r.diff >= 0 ? '+' : ''}${(r.diff * 100).toFixed(1)}%`;
  return `${r.file.padEnd(24)} ${String(r.expected).padStart(8)} ${String(r.found).padStart(6)} ${pct.padStart(8)}  ${withinTolerance(r) ? 'ok' : '--'}`;
}

/** `  ARG  UPR Info 8, found 6` for each State whose pairs differ. */
function formatStates(row: EvalRow, uprInfo: Map<string, StateCounts>): string {
  const expected = uprInfo.get(`${row.country ?? '?'}/${row.session}`) ?? new Map<string, number>();
  return stateDifferences(expected, row.byState)
    .map(([state, e, f]) => `    ${state.padEnd(20)} UPR Info ${e}, found ${f}\n`)
    .join('');
}

async function main(argv: readonly string[]): Promise<number> {
  const started = performance.now();
  const uprInfo = argv.includes('--states') ? await readUprInfoPairs() : null;
  process.stdout.write(`${'file'.padEnd(24)} ${'expected'.padStart(8)} ${'found'.padStart(6)} ${'diff%'.padStart(8)}\n`);
  const rows = await evaluate((r) => process.stdout.write(`${formatRow(r)}\n${uprInfo && r.found !== r.expected ? formatStates(r, uprInfo) : ''}`));
  const ok = rows.filter(withinTolerance).length;
  const exact = rows.filter((r) => r.found === r.expected).length;
  const twoRows = rows.filter((r) => withinTolerance(r) || withinTwoRows(r)).length;
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(`\n${ok}/${rows.length} reports within ${TOLERANCE * 100}% (${((ok / rows.length) * 100).toFixed(0)}%; target ${TARGET * 100}%), ${exact} exact, ${twoRows} within 2% or 2 rows; ${rows.reduce((n, r) => n + r.found, 0)} pairs found for ${rows.reduce((n, r) => n + r.expected, 0)} expected; ${seconds.toFixed(1)} s\n`);
  return ok / rows.length >= TARGET ? 0 : 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(process.argv.slice(2)).then((code) => process.exit(code), (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
    process.exit(1);
  });
}
