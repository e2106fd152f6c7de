// Every list of the API downloads as CSV, XLSX or JSON with the list's filters, showing
// the caller no more than the list itself does.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { anonymous, createTestServer, signIn, type TestServer } from '../server.ts';
import { buildAssessment, buildBenchmark, buildDocument, buildOrganisation, buildPeriod, buildRecommendation, buildUser } from '../factories.ts';

const SECRET = 'WITNESS-list-7f3a';

describe('GET <list>/export', () => {
  let s: TestServer;

  beforeAll(async () => {
    s = await createTestServer();
    const db = s.t.db;
    const doc = await buildDocument(db, { symbol: 'A/HRC/54/75', title: 'Report of the Special Rapporteur' });
    const monitor = await buildOrganisation(db, 'Special Rapporteur');
    const period = await buildPeriod(db, { monitorId: monitor, label: '2022-2023', startsOn: '2022-06-01', endsOn: '2023-06-30' });
    const rec = await buildRecommendation(db, { documentId: doc, ref: '10', text: 'Release the detained defenders.' });
    const bench = await buildBenchmark(db, { monitorId: monitor, code: 'B', number: 2, title: 'Release human rights defenders', documentId: doc, sources: [rec] });
    await buildAssessment(db, { benchmarkId: bench, periodId: period, assessorId: monitor, grade: 'off-target', evidence: [{ text: `Account ${SECRET}`, confidential: true }, { text: 'Public account' }] });
    await buildAssessment(db, { benchmarkId: bench, periodId: period, assessorId: monitor, grade: 'on-target', state: 'pending' });
  });
  afterAll(async () => s.close());

  it('writes published assessments as CSV for the public, with the list filters, without confidential evidence, and headings when empty', async () => {
    const res = await anonymous(s.app).request('GET', '/api/assessments/export?format=csv&itemType=benchmark');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['content-disposition']).toBe('attachment; filename="assessments.csv"');
    const lines = res.body.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('grade');
    expect(lines[1]).toContain('off-target');
    expect(res.body).not.toContain(SECRET);
    const none = await anonymous(s.app).request('GET', '/api/assessments/export?format=csv&itemType=recommendation');
    const header = none.body.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(header).toHaveLength(1);
    expect(header[0]).toContain('grade');
  });

  it('writes benchmarks as JSON with nested fields flattened to dotted keys', async () => {
    const res = await anonymous(s.app).request('GET', '/api/benchmarks/export?format=json');
    expect(res.statusCode, res.body).toBe(200);
    const rows = res.json<Record<string, unknown>[]>();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ code: 'B', number: 2 });
    expect(Object.keys(rows[0]!).some((k) => k.includes('.'))).toBe(true);
  });

  it('writes documents as XLSX with a header row', async () => {
    const res = await anonymous(s.app).request('GET', '/api/documents/export?format=xlsx');
    expect(res.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.rowCount).toBe(2);
    const header = (sheet.getRow(1).values as unknown[]).filter(Boolean);
    expect(header).toContain('symbol');
    expect((sheet.getRow(2).values as unknown[]).filter(Boolean)).toContain('A/HRC/54/75');
  });

  it('asks for a session where the list does, and refuses an unknown format', async () => {
    expect((await anonymous(s.app).request('GET', '/api/actions/export?format=csv')).statusCode).toBe(401);
    const viewer = await buildUser(s.t.db, 'coordinator');
    const client = await signIn(s.app, viewer.email, viewer.password);
    expect((await client.request('GET', '/api/actions/export?format=csv')).statusCode).toBe(200);
    expect((await client.request('GET', '/api/actions/export?format=pdf')).statusCode).toBe(400);
  });
});
