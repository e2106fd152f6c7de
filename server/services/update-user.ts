// An admin changes an account: name, role, organisation, institution, language, or
// disables it (which ends its sessions and voids its unused reset codes) and enables it
// again. The last active admin can be neither demoted nor disabled, so someone can always
// manage the accounts.
import type { Role } from '../../contracts/enums.ts';
import type { Language } from '../../contracts/languages.ts';
import { withTransaction, type Db } from '../db/handle.ts';
import { AppError } from '../errors.ts';
import { requirePermission } from '../policies/require.ts';
import { deleteUnusedPasswordResets } from '../repositories/password-reset.repository.ts';
import { deleteSessionsOfUser } from '../repositories/session.repository.ts';
import { findUserByEmail, findUserSummaryById, lockActiveAdmins, updateUser, type UserChanges, type UserSummary } from '../repositories/user.repository.ts';
import type { Actor } from './actor.ts';
import { refusal } from './add-user.ts';
import { audit } from './audit.ts';
import { found, staleVersion } from './stale-version.ts';
import { institutionOf, organisationOf } from './user-affiliation.ts';

export interface UserPatch {
  /** The version the admin read; an older one is refused (conflict). */
  version: number;
  name?: string | undefined;
  role?: Role | undefined;
  /** null: no organisation. */
  organisationId?: string | null | undefined;
  /** An organisation by name, created when unknown. */
  organisationName?: string | undefined;
  institutionId?: string | null | undefined;
  institutionName?: string | undefined;
  language?: Language | undefined;
  disabled?: boolean | undefined;
}

/** Throws not-found, conflict (stale version; the last active admin demoted or disabled), bad-input (organisation, institution) or forbidden. */
export async function editUser(db: Db, actor: Actor, id: string, patch: UserPatch): Promise<UserSummary> {
  requirePermission(actor, 'user.manage');
  return withTransaction(db, async (trx) => {
    const before = found(await findUserSummaryById(trx, id), 'user', id);
    if (before.version !== patch.version) staleVersion('user', id, patch.version, before);
    const changes: UserChanges = {};
    if (patch.name !== undefined) changes.name = patch.name.trim();
    if (patch.role !== undefined) changes.role = patch.role;
    if (patch.language !== undefined) changes.language = patch.language;
    if (patch.disabled !== undefined) changes.disabled = patch.disabled;
    const organisationId = await organisationOf(trx, { id: patch.organisationId, name: patch.organisationName });
    if (organisationId !== undefined) changes.organisationId = organisationId;
    const institutionId = await institutionOf(trx, { id: patch.institutionId, name: patch.institutionName });
    if (institutionId !== undefined) changes.institutionId = institutionId;
    const demoted = changes.role !== undefined && changes.role !== 'admin';
    if (before.role === 'admin' && !before.disabled && (demoted || changes.disabled === true)) {
      const others = (await lockActiveAdmins(trx)).filter((admin) => admin !== id);
      if (others.length === 0) {
        const field = changes.disabled === true ? 'disabled' : 'role';
        throw new AppError('conflict', `${field}: ${before.email} is the last active administrator; make another account an administrator first`, { place: { field }, details: refusal('last-admin') });
      }
    }
    const after = await updateUser(trx, id, patch.version, changes);
    if (!after) staleVersion('user', id, patch.version, await findUserSummaryById(trx, id));
    if (after.disabled && !before.disabled) {
      await deleteSessionsOfUser(trx, id);
      await deleteUnusedPasswordResets(trx, id);
    }
    await audit(trx, actor, after.disabled === before.disabled ? 'update' : after.disabled ? 'disable' : 'enable', 'user', id, { before, after });
    return after;
  });
}

/** Disables or enables the account of `email` (the operator, at the command line), with editUser's rules. Throws not-found, conflict, forbidden. */
export async function setDisabledByEmail(db: Db, actor: Actor, email: string, disabled: boolean): Promise<UserSummary> {
  const user = await findUserByEmail(db, email);
  const summary = user ? await findUserSummaryById(db, user.id) : null;
  if (!summary) throw new AppError('not-found', `email: no user ${email}`, { place: { field: 'email' } });
  return editUser(db, actor, summary.id, { version: summary.version, disabled });
}
