// Opens the database: PGlite in LANDMARK_DATA_DIR when DATABASE_URL is unset, a PostgreSQL
// server through `pg` when it is set. Both get the same migrations and the same value types.
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PGliteDialect, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { DB } from './schema.ts';
import { acquireDataDirLock, type DataDirLock } from './data-dir-lock.ts';
import { migrateToLatest } from './migrate.ts';

export type DialectName = 'pglite' | 'postgres';

export interface Database {
  db: Kysely<DB>;
  dialect: DialectName;
  /** The data-folder lock (PGlite only), to record the serving URL in it. */
  lock: DataDirLock | null;
  /** The embedded instance (PGlite only). */
  pglite: PGlite | null;
  close(): Promise<void>;
}

export interface OpenOptions {
  databaseUrl?: string | undefined;
  /** Folder for PGlite's files; `null` keeps the database in memory (tests). */
  dataDir: string | null;
  /** Which command holds the data folder, for the lock's message. */
  command?: string;
  /** Apply pending migrations (default true). */
  migrate?: boolean;
  /** A PGlite data-folder dump to start from (tests start from a migrated template). */
  template?: Blob;
}

// One set of value parsers for both drivers: numbers as numbers, dates as 'YYYY-MM-DD'.
const OID = { int8: 20, numeric: 1700, date: 1082 } as const;
const parsers: Record<number, (value: string) => unknown> = {
  [OID.int8]: (v) => Number(v),
  [OID.numeric]: (v) => Number(v),
  [OID.date]: (v) => v,
};

function pgTypes(): pg.CustomTypesConfig {
  const getTypeParser = (oid: number, format?: 'text' | 'binary'): unknown => {
    const parser = parsers[oid];
    if (parser && format !== 'binary') return parser;
    const builtin = pg.types.getTypeParser as (id: number, format?: 'text' | 'binary') => unknown;
    return builtin(oid, format ?? 'text');
  };
  return { getTypeParser: getTypeParser as pg.CustomTypesConfig['getTypeParser'] };
}

/** Opens (and by default migrates) the database. Throws `locked` when another process holds the PGlite folder. */
export async function openDatabase(opts: OpenOptions): Promise<Database> {
  let database: Database;
  if (opts.databaseUrl) {
    const pool = new pg.Pool({ connectionString: opts.databaseUrl, types: pgTypes(), max: 10 });
    // The server may end an idle connection (a restart, a failover, an administrator): the pool
    // then drops it and opens another for the next query. Without a listener, that 'error'
    // event would stop the process.
    pool.on('error', (err) => process.emitWarning(`PostgreSQL ended an idle connection: ${err.message}`));
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    database = { db, dialect: 'postgres', lock: null, pglite: null, close: () => db.destroy() };
  } else {
    const lock = opts.dataDir === null ? null : acquireDataDirLock(opts.dataDir, opts.command ?? 'cli');
    try {
      const pglite = new PGlite({
        ...(opts.dataDir === null ? {} : { dataDir: join(opts.dataDir, 'pgdata') }),
        ...(opts.template ? { loadDataDir: opts.template } : {}),
        parsers,
      });
      await pglite.waitReady;
      const db = new Kysely<DB>({ dialect: new PGliteDialect({ pglite }) });
      database = {
        db,
        dialect: 'pglite',
        lock,
        pglite,
        close: async () => {
          await db.destroy();
          lock?.release();
        },
      };
    } catch (err) {
      lock?.release();
      throw err;
    }
  }
  if (opts.migrate !== false) {
    try {
      await migrateToLatest(database.db);
    } catch (err) {
      await database.close();
      throw err;
    }
  }
  return database;
}
