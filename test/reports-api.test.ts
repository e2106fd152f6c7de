// GET /api/reports/:kind through the HTTP layer: public for anonymous callers, fuller for
// signed-in users, confidential evidence only for cleared roles, fixed texts by language.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../server/passwords.ts';
import { insertAssessment } from '../server/repositories/assessment.repository.ts';
import { insertUser } from '../server/repositories/user.repository.ts';
import { docxText, squash } from '../server/reports/read-back.testing.ts';
import { systemActor } from '../server/services/actor.ts';
import { importDocument } from '../server/services/import-document.ts';
import { anonymous, createTestServer, signIn, type Client, type TestServer } from './server.ts';
import { DATA_DIR, seedPath } from './shared.ts';

const file = (path: string) => ({ name: path.split('/').pop() ?? path, bytes: new Uint8Array(readFileSync(path)) });
const MARKER = 'SOURCE-PROTECTED-7f3a';

async function rowCount(bytes: Buffer): Promise<number> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return workbook.worksheets[0]?.actualRowCount ?? 0;
}

describe('reports through the API', () => {
  let s: TestServer;
  let coordinator: Client;
  let viewer: Client;

  beforeAll(async () => {
    s = await createTestServer();
    const actor = systemActor('test');
    for (const seed of ['000', '001']) await importDocument(s.t.db, actor, file(seedPath(seed)), { publish: true });
    await importDocument(s.t.db, actor, file(resolve(DATA_DIR, 'upr-info/upr-info-cambodia-session-18.csv')));
    const { rows } = await sql<{ id: string; period_id: string; monitor_id: string }>`
      select b.id, p.id as period_id, b.monitor_id from benchmarks b join reporting_periods p on p.monitor_id = b.monitor_id where b.code = 'B'`.execute(s.t.db);
    const b = rows[0]!;
    await insertAssessment(
      s.t.db,
      { itemType: 'benchmark', recommendationId: null, benchmarkId: b.id, itemKey: null, periodId: b.period_id, assessorId: b.monitor_id, scale: 'sr-benchmark', grade: 'off-target', narrative: '', recommendationCount: null, state: 'published', supersedesId: null, documentId: null, createdBy: null },
      [{ kind: 'text', text: `Interview notes ${MARKER}`, url: null, documentId: null, paragraphRef: null, submissionId: null, confidential: true }],
    );
    const passwordHash = await hashPassword('correct horse battery');
    await insertUser(s.t.db, { email: 'coord@example.org', name: 'Coordinator', role: 'coordinator', passwordHash, organisationId: null, institutionId: null });
    await insertUser(s.t.db, { email: 'viewer@example.org', name: 'Viewer', role: 'viewer', passwordHash, organisationId: null, institutionId: null });
    coordinator = await signIn(s.app, 'coord@example.org', 'correct horse battery');
    viewer = await signIn(s.app, 'viewer@example.org', 'correct horse battery');
  });
  afterAll(async () => s.close());

  it('serves the public scorecard to anonymous callers, without confidential evidence', async () => {
    const res = await anonymous(s.app).request('GET', '/api/reports/scorecard?format=docx');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="scorecard-2022-2023-public\.docx"/);
    const text = squash(await docxText(res.rawPayload));
    expect(text).toContain('5 on target, 3 variable, 12 off target');
    expect(text).not.toContain(MARKER);
  });

  it('gives confidential evidence to a coordinator, not to a viewer', async () => {
    const asViewer = squash(await docxText((await viewer.request('GET', '/api/reports/scorecard')).rawPayload));
    expect(asViewer).not.toContain(MARKER);
    const asCoordinator = await coordinator.request('GET', '/api/reports/scorecard');
    expect(asCoordinator.headers['cache-control']).toBe('private, no-store');
    expect(squash(await docxText(asCoordinator.rawPayload))).toContain(MARKER);
    const publicCopy = squash(await docxText((await coordinator.request('GET', '/api/reports/scorecard?public=true')).rawPayload));
    expect(publicCopy).not.toContain(MARKER);
  });

  it('leaves unpublished recommendations out of the public matrix and gives them to signed-in users', async () => {
    const pub = await anonymous(s.app).request('GET', '/api/reports/matrix?cycle=2&country=KHM');
    expect(pub.statusCode).toBe(200);
    expect(await rowCount(pub.rawPayload)).toBe(1);
    const internal = await viewer.request('GET', '/api/reports/matrix?cycle=2&country=Cambodia&format=xlsx');
    expect(await rowCount(internal.rawPayload)).toBe(206);
  });

  it('writes the fixed texts in the language asked for, by lang or Accept-Language', async () => {
    const byHeader = await s.app.inject({ method: 'GET', url: '/api/reports/scorecard', headers: { 'accept-language': 'de-CH, fr;q=0.9, en;q=0.5' } });
    expect(byHeader.headers['content-language']).toBe('fr');
    expect(squash(await docxText(byHeader.rawPayload))).toContain('Tableau de bord des critères');
    const byQuery = await s.app.inject({ method: 'GET', url: '/api/reports/scorecard?lang=es', headers: { 'accept-language': 'fr' } });
    expect(byQuery.headers['content-language']).toBe('es');
  });

  it('answers 400 for a format the report is not written in and 404 for an unknown period, with the error body', async () => {
    const bad = await anonymous(s.app).request('GET', '/api/reports/upr-midterm?format=pdf');
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ error: { code: string; message: string } }>().error.message).toMatch(/docx/);
    const missing = await anonymous(s.app).request('GET', '/api/reports/scorecard?period=1999');
    expect(missing.statusCode).toBe(404);
    const unknown = await anonymous(s.app).request('GET', '/api/reports/annual');
    expect(unknown.statusCode).toBe(400);
  });

  it('documents the report operations as public in the OpenAPI document', async () => {
    const doc = (await anonymous(s.app).request('GET', '/api/openapi.json')).json<{ paths: Record<string, { get?: { security?: unknown[] } }> }>();
    expect(doc.paths['/api/reports/{kind}']?.get?.security).toEqual([]);
  });
});
