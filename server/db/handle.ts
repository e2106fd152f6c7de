// The handle services pass down: the database or an open transaction (the same type), so a
// service can run inside a caller's transaction. Services never build queries with it;
// they hand it to repositories.
import type { Kysely, Transaction } from 'kysely';
import type { DB } from './schema.ts';

export type Db = Kysely<DB>;

/** Runs `fn` in one transaction; joins the caller's transaction when `db` already is one. */
export async function withTransaction<T>(db: Db, fn: (trx: Db) => Promise<T>): Promise<T> {
  if (db.isTransaction) return fn(db);
  return db.transaction().execute((trx: Transaction<DB>) => fn(trx));
}
