// Adding a local account (admins, and the operator at the command line).
import type { Role } from '../../contracts/enums.ts';
import { withTransaction, type Db } from '../db/handle.ts';
import { AppError } from '../errors.ts';
import { hashPassword } from '../passwords.ts';
import { requirePermission } from '../policies/require.ts';
import { findInstitutionById, findInstitutionByName, insertInstitution } from '../repositories/institution.repository.ts';
import { ensureOrganisation, findOrganisationById } from '../repositories/organisation.repository.ts';
import { findUserByEmail, insertUser } from '../repositories/user.repository.ts';
import type { Actor } from './actor.ts';
import { audit } from './audit.ts';

export const MIN_PASSWORD_LENGTH = 10;

export interface AddUserInput {
  email: string;
  name?: string | undefined;
  role: Role;
  password: string;
  /** An existing organisation by id, or one by name (created when unknown). */
  organisationId?: string | undefined;
  organisationName?: string | undefined;
  institutionId?: string | undefined;
  institutionName?: string | undefined;
}

/** Validates a new password; throws bad-input naming the field. */
export function checkPassword(password: string, field = 'password'): void {
  if (password.length < MIN_PASSWORD_LENGTH) throw new AppError('bad-input', `${field}: at least ${MIN_PASSWORD_LENGTH} characters`, { place: { field } });
}

/** Creates the user; throws bad-input (email, password, organisation), conflict (email taken), forbidden. */
export async function addUser(db: Db, actor: Actor, input: AddUserInput): Promise<{ id: string }> {
  requirePermission(actor, 'user.manage');
  const email = input.email.trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+$/.test(email)) throw new AppError('bad-input', `email: "${input.email}" is not an email address`, { place: { field: 'email' } });
  checkPassword(input.password);
  const passwordHash = await hashPassword(input.password);
  return withTransaction(db, async (trx) => {
    if (await findUserByEmail(trx, email)) throw new AppError('conflict', `email: a user ${email} already exists`, { place: { field: 'email' } });
    let organisationId: string | null = null;
    if (input.organisationId) {
      organisationId = (await findOrganisationById(trx, input.organisationId))?.id ?? null;
      if (!organisationId) throw new AppError('bad-input', `organisationId: no organisation ${input.organisationId}`, { place: { field: 'organisationId' } });
    } else if (input.organisationName) {
      organisationId = await ensureOrganisation(trx, input.organisationName.trim(), 'other');
    }
    let institutionId: string | null = null;
    if (input.institutionId) {
      institutionId = (await findInstitutionById(trx, input.institutionId))?.id ?? null;
      if (!institutionId) throw new AppError('bad-input', `institutionId: no institution ${input.institutionId}`, { place: { field: 'institutionId' } });
    } else if (input.institutionName) {
      const name = input.institutionName.trim();
      institutionId = (await findInstitutionByName(trx, name))?.id ?? (await insertInstitution(trx, { name, acronym: null, kind: 'ministry', parentId: null })).id;
    }
    const id = await insertUser(trx, { email, name: input.name ?? '', role: input.role, passwordHash, organisationId, institutionId });
    await audit(trx, actor, 'create', 'user', id, { after: { email, role: input.role, organisationId, institutionId } });
    return { id };
  });
}
