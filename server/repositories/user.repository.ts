import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { Role } from '../../contracts/enums.ts';

export interface UserRow {
  id: string;
  email: string;
  name: string;
  role: Role;
  organisationId: string | null;
  institutionId: string | null;
  passwordHash: string;
  failedLogins: number;
  lockedUntil: Date | null;
  disabled: boolean;
  version: number;
}

const columns = [
  'id',
  'email',
  'name',
  'role',
  'organisation_id as organisationId',
  'institution_id as institutionId',
  'password_hash as passwordHash',
  'failed_logins as failedLogins',
  'locked_until as lockedUntil',
  'disabled',
  'version',
] as const;

export async function findUserByEmail(db: Kysely<DB>, email: string): Promise<UserRow | null> {
  const row = await db.selectFrom('users').select(columns).where('email', '=', email.trim().toLowerCase()).executeTakeFirst();
  return row ? { ...row, role: row.role as Role } : null;
}

export async function findUserById(db: Kysely<DB>, id: string): Promise<UserRow | null> {
  const row = await db.selectFrom('users').select(columns).where('id', '=', id).executeTakeFirst();
  return row ? { ...row, role: row.role as Role } : null;
}

export interface NewUser {
  email: string;
  name: string;
  role: Role;
  passwordHash: string;
  organisationId: string | null;
  institutionId: string | null;
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
export type UserSummary = Omit<UserRow, 'passwordHash' | 'failedLogins' | 'lockedUntil'>;

export async function listUsers(db: Kysely<DB>): Promise<UserSummary[]> {
  const rows = await db
    .selectFrom('users')
    .select(['id', 'email', 'name', 'role', 'organisation_id as organisationId', 'institution_id as institutionId', 'disabled', 'version'])
    .orderBy('email')
    .execute();
  return rows.map((r) => ({ ...r, role: r.role as Role }));
}

/** Sets a new password and lifts any lockout. */
export async function setPasswordHash(db: Kysely<DB>, userId: string, passwordHash: string): Promise<void> {
  await db
    .updateTable('users')
    .set((eb) => ({ password_hash: passwordHash, failed_logins: 0, locked_until: null, version: eb('version', '+', 1) }))
    .where('id', '=', userId)
    .execute();
}
