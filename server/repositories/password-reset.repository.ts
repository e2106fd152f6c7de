// One-time password-reset tokens, stored by their SHA-256 like sessions.
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { tokenHash } from './session.repository.ts';

export async function insertPasswordReset(db: Kysely<DB>, userId: string, token: string, expiresAt: Date): Promise<void> {
  await db.insertInto('password_resets').values({ token_hash: tokenHash(token), user_id: userId, expires_at: expiresAt }).execute();
}

/** Marks the token used and returns its user, or null when unknown, used or expired. */
export async function consumePasswordReset(db: Kysely<DB>, token: string): Promise<string | null> {
  const row = await db
    .updateTable('password_resets')
    .set({ used_at: new Date() })
    .where('token_hash', '=', tokenHash(token))
    .where('used_at', 'is', null)
    .where('expires_at', '>', new Date())
    .returning('user_id')
    .executeTakeFirst();
  return row?.user_id ?? null;
}

/** Forgets the account's reset codes not used yet (a disabled account keeps none). */
export async function deleteUnusedPasswordResets(db: Kysely<DB>, userId: string): Promise<void> {
  await db.deleteFrom('password_resets').where('user_id', '=', userId).where('used_at', 'is', null).execute();
}
