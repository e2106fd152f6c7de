// Backup → restore → backup gives the same bytes, on PGlite and on a PostgreSQL server; the
// public export (export-public-record) keeps only published, non-confidential data.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../server/errors.ts';
import { hashPassword } from '../server/passwords.ts';
import { insertAssessment } from '../server/repositories/assessment.repository.ts';
import { insertUser } from '../server/repositories/user.repository.ts';
import { ANONYMOUS, systemActor } from '../server/services/actor.ts';
import { parseBackup } from '../server/services/backup-format.ts';
import { ensureReferenceData } from '../server/services/ensure-reference-data.ts';
import { exportBackup } from '../server/services/export-backup.ts';
import { exportPublicRecord } from '../server/services/export-public-record.ts';
import { importDocument } from '../server/services/import-document.ts';
import { restoreBackup } from '../server/services/restore-backup.ts';
import { createTestDb, onPostgres, type TestDb } from './db.ts';
import { DATA_DIR, SHARED_DIR, seedPath } from './shared.ts';

const actor = systemActor('test');
const file = (path: string) => ({ name: path.split('/').pop() ?? path, bytes: new Uint8Array(readFileSync(path)) });
const MARKER = 'WITNESS-9c1e';

async function backupOf(t: TestDb): Promise<string> {
  const chunks: string[] = [];
  await exportBackup(t.db, actor, async (chunk) => void chunks.push(chunk));
  return chunks.join('');
}

/** Rows the imports do not make: self-references, identities, numeric, jsonb, a user, a confidential evidence row. */
async function addVariety(t: TestDb): Promise<void> {
  const db = t.db;
  const parent = await db.insertInto('institutions').values({ name: 'Ministry of Justice', acronym: 'MoJ' }).returning('id').executeTakeFirstOrThrow();
  // A child whose id sorts before its parent's, so that restoring in key order alone would fail.
  await db.insertInto('institutions').values({ id: '00000000-0000-4000-8000-000000000001', name: 'General Department of Prisons', parent_id: parent.id }).execute();
  const user = await insertUser(db, { email: 'admin@example.org', name: 'Admin', role: 'admin', passwordHash: await hashPassword('correct horse battery'), organisationId: null, institutionId: parent.id });
  await db.insertInto('actions').values({ title: 'Draft the law', institution_id: parent.id, budget: 12345.678901, currency: 'USD', due_on: '2026-06-30', created_by: user }).execute();
  await db.insertInto('login_attempts').values([{ key: 'b', succeeded: false }, { key: 'a', succeeded: true }]).execute();
  const { rows } = await sql<{ id: string; period_id: string; monitor_id: string }>`
    select b.id, p.id as period_id, b.monitor_id from benchmarks b join reporting_periods p on p.monitor_id = b.monitor_id where b.code = 'C'`.execute(db);
  const b = rows[0]!;
  const input = { itemType: 'benchmark' as const, recommendationId: null, benchmarkId: b.id, itemKey: null, periodId: b.period_id, assessorId: b.monitor_id, scale: 'sr-benchmark', grade: 'off-target', narrative: 'First.', recommendationCount: null, state: 'published' as const, supersedesId: null, documentId: null, createdBy: user };
  const first = await insertAssessment(db, input, [{ kind: 'text', text: `Account ${MARKER}`, url: null, documentId: null, paragraphRef: null, submissionId: null, confidential: true }]);
  await insertAssessment(db, { ...input, grade: 'variable', narrative: 'Corrected.', supersedesId: first }, []);
  // A case in an imported trial: text arrays, numeric, a confidential identity.
  const trial = await db.selectFrom('trials').select('id').orderBy('verdict_on').executeTakeFirstOrThrow();
  const person = await db.insertInto('cases').values({ label: 'S.T.', identity: `Name ${MARKER}`, sex: 'female', categories: ['political-activist', 'human-rights-defender'], trial_id: trial.id, created_by: user }).returning('id').executeTakeFirstOrThrow();
  await db.insertInto('case_events').values({ case_id: person.id, kind: 'sentence', occurred_on: '2022-06-14', sentence_months: 72, fine: 1500.25, currency: 'USD', articles: ['494', '495'], source: 'annex III' }).execute();
  await db.insertInto('case_benchmarks').values({ case_id: person.id, benchmark_id: b.id }).execute();
}

describe(`backup and restore (${onPostgres ? 'postgres' : 'pglite'})`, () => {
  let source: TestDb;
  let target: TestDb;
  let first: string;

  beforeAll(async () => {
    source = await createTestDb();
    target = await createTestDb();
    await ensureReferenceData(source.db, SHARED_DIR);
    await ensureReferenceData(target.db, SHARED_DIR);
    for (const seed of ['000', '001']) await importDocument(source.db, actor, file(seedPath(seed)), { publish: true });
    await importDocument(source.db, actor, file(resolve(DATA_DIR, 'upr-info/upr-info-cambodia-session-18.csv')));
    await addVariety(source);
    first = await backupOf(source);
  });
  afterAll(async () => {
    await source.close();
    await target.close();
  });

  it('writes every table, rows by primary key, bytea as base64', () => {
    const parsed = parseBackup(first, 'backup.json');
    expect(Object.keys(parsed.tables)).toEqual([...Object.keys(parsed.tables)].sort());
    expect(parsed.tables.recommendations).toHaveLength(205 + 20 + 35 + 24);
    const ids = parsed.tables.recommendations!.map((r) => String(r.id));
    expect(ids).toEqual([...ids].sort());
    const csv = parsed.tables.documents!.find((d) => d.filename === 'upr-info-cambodia-session-18.csv');
    expect(Buffer.from(String(csv?.original), 'base64').equals(Buffer.from(readFileSync(resolve(DATA_DIR, 'upr-info/upr-info-cambodia-session-18.csv'))))).toBe(true);
    expect(parsed.tables.actions?.[0]?.budget).toBe('12345.678901');
    expect(parsed.tables.users?.[0]?.email).toBe('admin@example.org');
    expect(parsed.tables.trials).toHaveLength(5);
    expect(parsed.tables.case_events?.[0]).toMatchObject({ articles: ['494', '495'], fine: '1500.25' });
    // Generated text vectors are left out: restoring the text rebuilds them.
    for (const table of ['recommendations', 'documents']) expect(Object.keys(parsed.tables[table]![0]!), table).not.toEqual(expect.arrayContaining([expect.stringMatching(/^search/)]));
    expect(first.split('\n')[0]).toMatch(/^\{"format":"landmark-backup","migrations":\[.*\],"version":1,"tables":\{$/);
  });

  it('restores into an empty instance, and backup → restore → backup gives byte-identical JSON', async () => {
    const counts = await restoreBackup(target.db, actor, parseBackup(first, 'backup.json'));
    expect(counts.rows).toBeGreaterThan(1000);
    const second = await backupOf(target);
    expect(second.length).toBe(first.length);
    expect(second === first).toBe(true);
    const vectors = sql<{ n: number }>`select count(*)::int as n from recommendations where search_simple @@ to_tsquery('simple', 'educat:*')`;
    const educat = (await vectors.execute(source.db)).rows[0]!.n;
    expect(educat).toBeGreaterThan(0);
    expect((await vectors.execute(target.db)).rows[0]?.n).toBe(educat);
    // Each export is audited after its snapshot: the target holds its own export's event only.
    const audit = await sql<{ n: number }>`select count(*)::int as n from audit_events where action = 'export-backup'`.execute(target.db);
    expect(audit.rows[0]?.n).toBe(1);
    // The identity sequence moved past the restored events: new ones do not collide.
    await target.db.insertInto('audit_events').values({ action: 'test', entity: 'test' }).execute();
  });

  it('refuses a non-empty instance with a clear message and changes nothing', async () => {
    const err = await restoreBackup(source.db, actor, parseBackup(first, 'backup.json')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).message).toMatch(/this instance is not empty \(.*\).*restore into a new data folder or an empty database/);
    expect(() => parseBackup('{"generatedAt":"2026-11-23","periods":[]}', 'p.json')).toThrow(/p\.json: not a Landmark backup/);
    await expect(restoreBackup(target.db, ANONYMOUS, parseBackup(first, 'backup.json'))).rejects.toThrow(/operator/);
  });

  it('exports only published, non-confidential data with --public, and full backups only for admins', async () => {
    for (const format of ['json', 'csv'] as const) {
      const pub = await exportPublicRecord(source.db, format);
      expect(pub, format).not.toContain(MARKER);
      expect(pub, format).not.toContain('admin@example.org');
      expect(pub, format).not.toContain('Ratify Optional Protocols 1 and 2 to ICCPR');
    }
    const record = JSON.parse(await exportPublicRecord(source.db, 'json')) as { recommendations: unknown[]; assessments: unknown[] };
    expect(record.assessments.length).toBeGreaterThanOrEqual(20);
    await expect(exportBackup(source.db, ANONYMOUS, async () => undefined)).rejects.toThrow(/admins/);
  });
});
