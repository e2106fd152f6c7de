// Editing an action under optimistic concurrency: the caller sends the version it read;
// a stale one gets 409 with the current action, so nothing anyone wrote is lost.
import { withTransaction, type Db } from '../db/handle.ts';
import { AppError } from '../errors.ts';
import { requirePermission, requireRole } from '../policies/require.ts';
import { presentAction, type ActionView } from '../presenters/action.presenter.ts';
import { findActionById, updateAction, type ActionFields } from '../repositories/action.repository.ts';
import { findInstitutionById } from '../repositories/institution.repository.ts';
import type { Actor } from './actor.ts';
import { checkActionDates } from './action-checks.ts';
import { audit } from './audit.ts';
import { requireItems } from './item-checks.ts';
import { found, staleVersion } from './stale-version.ts';

export type ActionPatch = Partial<ActionFields> & { version: number; recommendationIds?: string[] | undefined };

/** Throws not-found, conflict (stale version), bad-input naming the field, or forbidden. */
export async function editAction(db: Db, actor: Actor, id: string, patch: ActionPatch): Promise<ActionView> {
  requireRole(actor, 'action.edit');
  return withTransaction(db, async (trx) => {
    const before = found(await findActionById(trx, id), 'action', id);
    requirePermission(actor, 'action.edit', { institutionIds: [before.institutionId] });
    const { version, recommendationIds, ...fields } = patch;
    const changes = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as Partial<ActionFields>;
    if (changes.institutionId && changes.institutionId !== before.institutionId) {
      requirePermission(actor, 'action.edit', { institutionIds: [changes.institutionId] });
      if (!(await findInstitutionById(trx, changes.institutionId))) throw new AppError('bad-input', `institutionId: no institution ${changes.institutionId}`, { place: { field: 'institutionId' } });
    }
    checkActionDates(changes.startsOn !== undefined ? changes.startsOn : before.startsOn, changes.dueOn !== undefined ? changes.dueOn : before.dueOn);
    if (recommendationIds) await requireItems(trx, { recommendationIds }, { benchmark: 'benchmarkIds.#', recommendation: 'recommendationIds.#' });
    const after = await updateAction(trx, id, version, changes, recommendationIds);
    if (!after) {
      const current = await findActionById(trx, id);
      staleVersion('action', id, version, current && presentAction(current));
    }
    await audit(trx, actor, 'update', 'action', id, { before, after });
    return presentAction(after);
  });
}
