// Dated attempts by key, counted over a window to limit their rate: logins (`ip:<address>`)
// and password-reset requests (`reset:ip:<address>`, `reset:user:<id>`). Kept a day, far
// beyond every window, then removed: the addresses of the people who signed in are not
// kept longer than the limits need them.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';

export const ATTEMPT_RETENTION_HOURS = 24;

/** Records a login (`succeeded` says how it went) or a reset request (recorded as succeeded), and forgets attempts older than the retention. */
export async function recordLoginAttempt(db: Kysely<DB>, key: string, succeeded: boolean): Promise<void> {
  await db.deleteFrom('login_attempts').where('at', '<', sql<Date>`now() - make_interval(hours => ${ATTEMPT_RETENTION_HOURS})`).execute();
  await db.insertInto('login_attempts').values({ key, succeeded }).execute();
}

/** How many attempts under `key` since `since`; with `failedOnly`, the failed ones only. */
export async function countAttemptsSince(db: Kysely<DB>, key: string, since: Date, opts: { failedOnly?: boolean } = {}): Promise<number> {
  let query = db
    .selectFrom('login_attempts')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('key', '=', key)
    .where('at', '>', since);
  if (opts.failedOnly) query = query.where('succeeded', '=', false);
  const row = await query.executeTakeFirstOrThrow();
  return row.n;
}
