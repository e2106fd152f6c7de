// Reports made from the database and read back (DOCX and XLSX unzipped and parsed, PDF
// text extracted), on PGlite and on a PostgreSQL server.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../server/errors.ts';
import { insertAssessment } from '../server/repositories/assessment.repository.ts';
import { docxText, pdfText, squash } from '../server/reports/read-back.testing.ts';
import { ANONYMOUS, systemActor } from '../server/services/actor.ts';
import { ensureReferenceData } from '../server/services/ensure-reference-data.ts';
import { importDocument } from '../server/services/import-document.ts';
import { renderReport } from '../server/services/render-report.ts';
import { createTestDb, onPostgres, type TestDb } from './db.ts';
import { DATA_DIR, SHARED_DIR, seedPath } from './shared.ts';

const actor = systemActor('test');
const file = (path: string) => ({ name: path.split('/').pop() ?? path, bytes: new Uint8Array(readFileSync(path)) });

/** The 2023 grades of the Special Rapporteur's 20 benchmarks (seed 001, annex II). */
const CODES = 'ABCDEFGHIJKLMNOPQRST'.split('');
const GRADES_2023 = new Map<string, string>([
  ...'ABCDEGHIMOPQ'.split('').map((c): [string, string] => [c, 'off target']),
  ...'JKNST'.split('').map((c): [string, string] => [c, 'on target']),
  ...'FLR'.split('').map((c): [string, string] => [c, 'variable']),
]);

function cellText(sheet: ExcelJS.Worksheet, row: number, column: number): string {
  const value = sheet.getRow(row).getCell(column).value;
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return '';
  throw new Error(`cell ${row},${column} holds a ${typeof value}, not text`);
}

async function sheetOf(bytes: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('no worksheet');
  return sheet;
}

describe(`reports from the database (${onPostgres ? 'postgres' : 'pglite'})`, () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
    await ensureReferenceData(t.db, SHARED_DIR);
    for (const seed of ['000', '001', '004']) await importDocument(t.db, actor, file(seedPath(seed)), { publish: true });
    await importDocument(t.db, actor, file(resolve(DATA_DIR, 'upr-info/upr-info-cambodia-session-18.csv')), { publish: true });
  });
  afterAll(async () => t.close());

  it('writes the scorecard of the 20 benchmarks with their 2023 grades and the totals (DOCX and PDF)', async () => {
    const docx = await renderReport(t.db, ANONYMOUS, 'scorecard', { lang: 'en', format: 'docx' });
    expect(docx.audience).toBe('public');
    const pdf = await renderReport(t.db, ANONYMOUS, 'scorecard', { lang: 'en', format: 'pdf' });
    for (const text of [squash(await docxText(docx.bytes)), squash(await pdfText(pdf.bytes))]) {
      expect(text).toContain('Benchmark scorecard: 2022-2023');
      expect(text).toContain('5 on target, 3 variable, 12 off target');
      for (const [i, code] of CODES.entries()) {
        const start = text.indexOf(`Benchmark ${i + 1} (${code})`);
        expect(start, code).toBeGreaterThan(0);
        const block = text.slice(start, i < 19 ? text.indexOf(`Benchmark ${i + 2} (`, start) : undefined);
        expect(block, code).toMatch(new RegExp(`Grade ${GRADES_2023.get(code)!}`));
      }
    }
    const text = squash(await docxText(docx.bytes));
    expect(text).toContain('Desist from applying, and reform, draconian laws');
    expect(text).toMatch(/Sources: [^|]*para\. 25/);
  });

  it('writes the matrix of the 205 second-cycle recommendations with their positions (XLSX and DOCX)', async () => {
    const xlsx = await renderReport(t.db, ANONYMOUS, 'matrix', { lang: 'en', cycle: 2, country: 'KHM' });
    expect(xlsx.fileName).toMatch(/\.xlsx$/);
    const sheet = await sheetOf(xlsx.bytes);
    expect(sheet.actualRowCount).toBe(206);
    const positions = Array.from({ length: 205 }, (_, i) => cellText(sheet, i + 2, 3));
    expect(positions.filter((p) => p.startsWith('supported'))).toHaveLength(163);
    expect(positions.filter((p) => p.startsWith('noted'))).toHaveLength(42);
    expect(cellText(sheet, 2, 1)).toMatch(/^1 Ratify the first Optional Protocol/);
    expect(cellText(sheet, 2, 2)).toBe('France');
    expect(cellText(sheet, 2, 4)).toContain('Death penalty');
    const docx = squash(await docxText((await renderReport(t.db, ANONYMOUS, 'matrix', { lang: 'fr', format: 'docx', cycle: 2 })).bytes));
    expect(docx).toContain('Ratify the first Optional Protocol');
    expect(docx.split('notée (Source:').length - 1).toBe(42);
  });

  it('writes the UPR mid-term report of cycle 2 grouped by theme', async () => {
    const report = await renderReport(t.db, actor, 'upr-midterm', { lang: 'en', cycle: 2 });
    const text = squash(await docxText(report.bytes));
    expect(text).toContain('Cambodia');
    expect(text).toContain('Death penalty');
    expect(text).toContain('Ratify the first Optional Protocol');
  });

  it('writes the brief with the areas of progress and regression of seed 004 (DOCX and PDF)', async () => {
    for (const format of ['docx', 'pdf'] as const) {
      const bytes = (await renderReport(t.db, ANONYMOUS, 'brief', { lang: 'en', format })).bytes;
      const text = squash(format === 'docx' ? await docxText(bytes) : await pdfText(bytes));
      const regression = text.indexOf('Areas of regression');
      expect(regression).toBeGreaterThan(0);
      for (const area of ['Access to justice (25 recommendations)', 'Human trafficking (12 recommendations)', 'Equality']) {
        expect(text.indexOf(area), area).toBeGreaterThan(0);
        expect(text.indexOf(area), area).toBeLessThan(regression);
      }
      for (const area of ['Land rights (10 recommendations)', 'Civic space', 'Freedom of assembly (14 recommendations)', 'Freedom of expression (33 recommendations)', 'Internet freedom']) {
        expect(text.lastIndexOf(area), area).toBeGreaterThan(regression);
      }
      expect(text).toContain('198 recommendations received');
    }
  });

  it('refuses a format the report is not written in, and an unknown period', async () => {
    await expect(renderReport(t.db, ANONYMOUS, 'upr-midterm', { lang: 'en', format: 'xlsx' })).rejects.toThrow(/docx/);
    const err = await renderReport(t.db, ANONYMOUS, 'scorecard', { lang: 'en', period: '1999' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('not-found');
  });

  it('keeps confidential evidence out of the public scorecard, gives it to cleared roles, and audits that read', async () => {
    const marker = `CONFIDENTIAL-${Date.now().toString(36)}`;
    const { rows } = await sql<{ id: string; period_id: string; assessor_id: string }>`
      select b.id, p.id as period_id, b.monitor_id as assessor_id from benchmarks b join reporting_periods p on p.monitor_id = b.monitor_id where b.code = 'A'`.execute(t.db);
    const a = rows[0]!;
    await insertAssessment(
      t.db,
      { itemType: 'benchmark', recommendationId: null, benchmarkId: a.id, itemKey: null, periodId: a.period_id, assessorId: a.assessor_id, scale: 'sr-benchmark', grade: 'off-target', narrative: 'Follow-up visit.', recommendationCount: null, state: 'published', supersedesId: null, documentId: null, createdBy: null },
      [
        { kind: 'text', text: 'Public note on the visit.', url: null, documentId: null, paragraphRef: null, submissionId: null, confidential: false },
        { kind: 'text', text: `Witness account ${marker}.`, url: null, documentId: null, paragraphRef: null, submissionId: null, confidential: true },
      ],
    );
    const publicText = squash(await docxText((await renderReport(t.db, ANONYMOUS, 'scorecard', { lang: 'en' })).bytes));
    expect(publicText).toContain('Public note on the visit.');
    expect(publicText).not.toContain(marker);
    const forced = squash(await pdfText((await renderReport(t.db, actor, 'scorecard', { lang: 'en', format: 'pdf', publicOnly: true })).bytes));
    expect(forced).not.toContain(marker);
    const cleared = squash(await docxText((await renderReport(t.db, actor, 'scorecard', { lang: 'en' })).bytes));
    expect(cleared).toContain(marker);
    expect(cleared).toContain('5 on target, 3 variable, 12 off target');
    const audited = await sql<{ n: number }>`select count(*)::int as n from audit_events where action = 'read-confidential' and entity = 'report'`.execute(t.db);
    expect(audited.rows[0]?.n).toBe(1);
  });
});
