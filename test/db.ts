// createTestDb(): a fresh, migrated database for one test file. On PGlite (default) it lives
// in memory; with DATABASE_URL set, a throwaway database is created on that server and
// dropped afterwards, so the same storage tests run on both (DESIGN.md, convention 7).
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, type Database } from '../server/db/connect.ts';

export interface TestDb extends Database {
  /** A DATABASE_URL for this test database (postgres only), for spawning processes. */
  url: string | undefined;
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** Creates an empty database on the server of DATABASE_URL and returns its URL and a dropper. */
export async function createServerDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const base = process.env.DATABASE_URL;
  if (!base) throw new Error('createServerDatabase needs DATABASE_URL');
  const name = `landmark_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  return {
    url: withDatabase(base, name),
    drop: async () => {
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

export const onPostgres = Boolean(process.env.DATABASE_URL);

/** A migrated database; with `{ migrate: false }` an empty one, for the tests of migrations that move data. */
export async function createTestDb(opts: { migrate?: boolean } = {}): Promise<TestDb> {
  const migrate = opts.migrate ?? true;
  if (!onPostgres) {
    const template = migrate ? inject('pgliteTemplate') : '';
    const database = await openDatabase({ dataDir: null, migrate, ...(template ? { template: new Blob([await readFile(template)]) } : {}) });
    return { ...database, url: undefined };
  }
  const server = await createServerDatabase();
  const database = await openDatabase({ databaseUrl: server.url, dataDir: null, migrate });
  return {
    ...database,
    url: server.url,
    close: async () => {
      await database.close();
      await server.drop();
    },
  };
}
