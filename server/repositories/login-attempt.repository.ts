import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';

export async function recordLoginAttempt(db: Kysely<DB>, key: string, succeeded: boolean): Promise<void> {
  await db.insertInto('login_attempts').values({ key, succeeded }).execute();
}

export async function countFailedAttemptsSince(db: Kysely<DB>, key: string, since: Date): Promise<number> {
  const row = await db
    .selectFrom('login_attempts')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('key', '=', key)
    .where('succeeded', '=', false)
    .where('at', '>', since)
    .executeTakeFirstOrThrow();
  return row.n;
}
