// What happens when processes die, start together or share a database (issue 2).
import { resolve } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../server/passwords.ts';
import { insertUser } from '../server/repositories/user.repository.ts';
import { recoverJobs } from '../server/services/recover-jobs.ts';
import { onPostgres } from './db.ts';
import { freshStore, landmark, run } from './process.ts';
import { DATA_DIR } from './shared.ts';

const UPR_INFO = ['01-05', '06-09', '10-13', '14-16'].map((s) => resolve(DATA_DIR, `upr-info/upr-info-sessions-${s}.csv`));
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanups) await c();
});

describe(`processes (${onPostgres ? 'postgres' : 'pglite'})`, () => {
  it('leaves a consistent database after SIGKILL in the middle of an import, with the job failed', async () => {
    const store = await freshStore(cleanups);
    const p = landmark(['import', ...UPR_INFO], store.env);
    // The second file is being written: the first is committed, the second is not.
    await p.waitFor(/upr-info-sessions-06-09\.csv: recommendations/, 240_000);
    p.child.kill('SIGKILL');
    await p.exited;
    const database = await store.open();
    try {
      const docs = await sql<{ filename: string; n: number }>`
        select d.filename, count(r.id)::int as n from documents d left join recommendations r on r.document_id = d.id group by d.filename order by d.filename`.execute(database.db);
      // Whole files only: each stored document has all its rows.
      const expected: Record<string, number> = { 'upr-info-sessions-01-05.csv': 6094, 'upr-info-sessions-06-09.csv': 8342, 'upr-info-sessions-10-13.csv': 9047 };
      expect(docs.rows.length).toBeGreaterThanOrEqual(1);
      for (const d of docs.rows) expect(d.n).toBe(expected[d.filename]);
      const orphans = await sql<{ n: number }>`select count(*)::int as n from recommendation_states s left join recommendations r on r.id = s.recommendation_id where r.id is null`.execute(database.db);
      expect(orphans.rows[0]?.n).toBe(0);
      const recovered = await recoverJobs(database.db, 0);
      expect(recovered.failed).toBe(1);
      const job = await sql<{ status: string; error: string }>`select status, error from jobs`.execute(database.db);
      expect(job.rows).toEqual([{ status: 'failed', error: expect.stringMatching(/interrupted/) as unknown }]);
    } finally {
      await database.close();
    }
  }, 300_000);

  it('a CLI command stops with a clear message while the server holds the embedded database', async () => {
    if (onPostgres) return;
    const store = await freshStore(cleanups);
    const server = landmark(['serve', '--port', '0'], store.env);
    cleanups.push(async () => {
      server.child.kill('SIGTERM');
      await server.exited;
    });
    const [, url] = (await server.waitFor(/serving (http:\/\/\S+)/, 120_000)) as unknown as [string, string];
    const cli = await run(['import', resolve(DATA_DIR, 'upr-info/upr-info-cambodia-session-18.csv')], store.env);
    expect(cli.code).toBe(1);
    expect(cli.stderr).toMatch(/in use by "landmark serve" \(pid \d+\) at http:\/\/localhost:\d+/);
    const health = await fetch(`${url}/api/health`);
    expect(await health.json()).toEqual({ status: 'ok', database: 'pglite' });
  }, 240_000);

  it('two servers on one PostgreSQL migrate once and share sessions', async () => {
    if (!onPostgres) return;
    const store = await freshStore(cleanups);
    const a = landmark(['serve', '--port', '0'], store.env);
    const b = landmark(['serve', '--port', '0'], store.env);
    cleanups.push(async () => {
      a.child.kill('SIGTERM');
      b.child.kill('SIGTERM');
      await Promise.all([a.exited, b.exited]);
    });
    const [matchA, matchB] = await Promise.all([a.waitFor(/serving (http:\/\/\S+)/), b.waitFor(/serving (http:\/\/\S+)/)]);
    const urlA = matchA[1]!;
    const urlB = matchB[1]!;
    const database = await store.open();
    try {
      const migrations = await sql<{ name: string }>`select name from kysely_migration`.execute(database.db);
      expect(migrations.rows.length).toBeGreaterThan(0);
      expect(new Set(migrations.rows.map((r) => r.name)).size).toBe(migrations.rows.length);
    } finally {
      await database.close();
    }
    const writer = await store.open();
    try {
      await insertUser(writer.db, { email: 'ops@example.org', name: 'Ops', role: 'admin', passwordHash: await hashPassword('a long enough password'), organisationId: null, institutionId: null });
    } finally {
      await writer.close();
    }
    const login = await fetch(`${urlA}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'ops@example.org', password: 'a long enough password' }) });
    const cookie = login.headers.get('set-cookie')?.split(';')[0] ?? '';
    const me = await fetch(`${urlB}/api/auth/me`, { headers: { cookie } });
    expect(((await me.json()) as { user: { email: string } | null }).user?.email).toBe('ops@example.org');
  }, 240_000);
});
