import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { Account } from '../../contracts/accounts.ts';
import type { Role } from '../../contracts/enums.ts';
import type { Language } from '../../contracts/languages.ts';

export interface UserRow extends Account {
  passwordHash: string;
  failedLogins: number;
  lockedUntil: Date | null;
}

const columns = [
  'id',
  'email',
  'name',
  'role',
  'organisation_id as organisationId',
  'institution_id as institutionId',
  'language',
  'password_hash as passwordHash',
  'failed_logins as failedLogins',
  'locked_until as lockedUntil',
  'disabled',
  'version',
] as const;

/** The stored role and language as their types (the table's checks hold them to these). */
const typed = <R extends { role: string; language: string }>(row: R) => ({ ...row, role: row.role as Role, language: row.language as Language });

export async function findUserByEmail(db: Kysely<DB>, email: string): Promise<UserRow | null> {
  const row = await db.selectFrom('users').select(columns).where('email', '=', email.trim().toLowerCase()).executeTakeFirst();
  return row ? typed(row) : null;
}

export async function findUserById(db: Kysely<DB>, id: string): Promise<UserRow | null> {
  const row = await db.selectFrom('users').select(columns).where('id', '=', id).executeTakeFirst();
  return row ? typed(row) : null;
}

export interface NewUser {
  email: string;
  name: string;
  role: Role;
  passwordHash: string;
  organisationId: string | null;
  institutionId: string | null;
  /** English when not given. */
  language?: Language | undefined;
}

export async function insertUser(db: Kysely<DB>, user: NewUser): Promise<string> {
  const row = await db
    .insertInto('users')
    .values({
      email: user.email.trim().toLowerCase(),
      name: user.name,
      role: user.role,
      password_hash: user.passwordHash,
      organisation_id: user.organisationId,
      institution_id: user.institutionId,
      language: user.language,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function recordLoginResult(db: Kysely<DB>, userId: string, ok: boolean, lockUntil: Date | null): Promise<void> {
  await db
    .updateTable('users')
    .set((eb) => ({
      failed_logins: ok ? 0 : eb('failed_logins', '+', 1),
      locked_until: ok ? null : lockUntil,
    }))
    .where('id', '=', userId)
    .execute();
}

export async function countUsers(db: Kysely<DB>): Promise<number> {
  const row = await db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return row.n;
}

/** Users without their password hash, for listings. */
export type UserSummary = Account;

const summaryColumns = ['id', 'email', 'name', 'role', 'organisation_id as organisationId', 'institution_id as institutionId', 'language', 'disabled', 'version'] as const;

export async function listUsers(db: Kysely<DB>): Promise<UserSummary[]> {
  const rows = await db.selectFrom('users').select(summaryColumns).orderBy('email').execute();
  return rows.map(typed);
}

export async function findUserSummaryById(db: Kysely<DB>, id: string): Promise<UserSummary | null> {
  const row = await db.selectFrom('users').select(summaryColumns).where('id', '=', id).executeTakeFirst();
  return row ? typed(row) : null;
}

/** What an admin may change on an account. */
export interface UserChanges {
  name?: string;
  role?: Role;
  organisationId?: string | null;
  institutionId?: string | null;
  language?: Language;
  disabled?: boolean;
}

/** Applies `changes` when the account is still at `version`; returns it after, or null (unknown id or stale version). */
export async function updateUser(db: Kysely<DB>, id: string, version: number, changes: UserChanges): Promise<UserSummary | null> {
  const row = await db
    .updateTable('users')
    .set((eb) => ({
      ...(changes.name === undefined ? {} : { name: changes.name }),
      ...(changes.role === undefined ? {} : { role: changes.role }),
      ...(changes.organisationId === undefined ? {} : { organisation_id: changes.organisationId }),
      ...(changes.institutionId === undefined ? {} : { institution_id: changes.institutionId }),
      ...(changes.language === undefined ? {} : { language: changes.language }),
      ...(changes.disabled === undefined ? {} : { disabled: changes.disabled }),
      version: eb('version', '+', 1),
    }))
    .where('id', '=', id)
    .where('version', '=', version)
    .returning(summaryColumns)
    .executeTakeFirst();
  return row ? typed(row) : null;
}

/**
 * The ids of the active (not disabled) admins, their rows locked until the transaction ends,
 * so two admins demoting each other at once cannot leave none.
 */
export async function lockActiveAdmins(db: Kysely<DB>): Promise<string[]> {
  const rows = await db.selectFrom('users').select('id').where('role', '=', 'admin').where('disabled', '=', false).forUpdate().execute();
  return rows.map((r) => r.id);
}

/** Sets the language of the user's interface and reminder mails. */
export async function setUserLanguage(db: Kysely<DB>, userId: string, language: Language): Promise<void> {
  await db.updateTable('users').set((eb) => ({ language, version: eb('version', '+', 1) })).where('id', '=', userId).execute();
}

/** Sets a new password and lifts any lockout. */
export async function setPasswordHash(db: Kysely<DB>, userId: string, passwordHash: string): Promise<void> {
  await db
    .updateTable('users')
    .set((eb) => ({ password_hash: passwordHash, failed_logins: 0, locked_until: null, version: eb('version', '+', 1) }))
    .where('id', '=', userId)
    .execute();
}
