import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, onPostgres, type TestDb } from './db.ts';
import { migrateToLatest } from '../server/db/migrate.ts';

describe(`database (${onPostgres ? 'postgres' : 'pglite'})`, () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(async () => {
    await t.close();
  });

  it('applies the migrations once and reports nothing pending afterwards', async () => {
    expect(await migrateToLatest(t.db)).toEqual([]);
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from information_schema.tables where table_schema = 'public' and table_name = 'recommendations'`.execute(t.db);
    expect(rows[0]?.n).toBe(1);
  });

  it('returns numbers as numbers and dates as ISO strings on both drivers', async () => {
    const org = await t.db.insertInto('organisations').values({ name: 'Monitor' }).returning('id').executeTakeFirstOrThrow();
    const period = await t.db
      .insertInto('reporting_periods')
      .values({ monitor_id: org.id, label: '2022-2023', starts_on: '2022-06-01', ends_on: '2023-06-30' })
      .returning(['starts_on', 'ends_on'])
      .executeTakeFirstOrThrow();
    expect(period).toEqual({ starts_on: '2022-06-01', ends_on: '2023-06-30' });
    const { rows } = await sql<{ n: number; big: number }>`select 38944.5::numeric as n, 8800::int8 as big`.execute(t.db);
    expect(rows[0]).toEqual({ n: 38944.5, big: 8800 });
  });

  it('stems English in full-text search', async () => {
    const { rows } = await sql<{ hit: boolean }>`select to_tsvector('english', 'prisons are overloaded') @@ websearch_to_tsquery('english', 'prison overload') as hit`.execute(t.db);
    expect(rows[0]?.hit).toBe(true);
  });

  it.skipIf(!onPostgres)('keeps serving when the server ends an idle connection', async () => {
    const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(t.db);
    const pid = rows[0]!.pid;
    const warned = new Promise<string>((resolve) => {
      const listen = (w: Error) => {
        if (!/idle connection/.test(w.message)) return;
        process.off('warning', listen);
        resolve(w.message);
      };
      process.on('warning', listen);
    });
    // An administrator's connection ends the pool's idle one.
    const admin = new pg.Client({ connectionString: t.url });
    await admin.connect();
    try {
      await admin.query('select pg_terminate_backend($1)', [pid]);
    } finally {
      await admin.end();
    }
    await expect(warned).resolves.toMatch(/ended an idle connection/);
    const after = await sql<{ one: number }>`select 1 as one`.execute(t.db);
    expect(after.rows[0]?.one).toBe(1);
  });
});
