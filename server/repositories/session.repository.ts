import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { Role } from '../../contracts/enums.ts';
import type { Language } from '../../contracts/languages.ts';

/** Sessions are stored by the SHA-256 of their token, so a database leak yields no live cookie. */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface SessionUser {
  sessionId: string;
  csrfToken: string;
  userId: string;
  email: string;
  role: Role;
  organisationId: string | null;
  institutionId: string | null;
  language: Language;
}

export async function findSessionUser(db: Kysely<DB>, token: string): Promise<SessionUser | null> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'sessions.id as sessionId',
      'sessions.csrf_token as csrfToken',
      'users.id as userId',
      'users.email',
      'users.role',
      'users.organisation_id as organisationId',
      'users.institution_id as institutionId',
      'users.language',
    ])
    .where('sessions.id', '=', tokenHash(token))
    .where('sessions.expires_at', '>', new Date())
    .where('users.disabled', '=', false)
    .executeTakeFirst();
  return row ? { ...row, role: row.role as Role, language: row.language as Language } : null;
}

export async function createSession(db: Kysely<DB>, userId: string, token: string, csrfToken: string, ttlMs: number): Promise<void> {
  await db
    .insertInto('sessions')
    .values({ id: tokenHash(token), user_id: userId, csrf_token: csrfToken, expires_at: new Date(Date.now() + ttlMs) })
    .execute();
}

export async function deleteSession(db: Kysely<DB>, sessionId: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
}

export async function deleteSessionsOfUser(db: Kysely<DB>, userId: string): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}
