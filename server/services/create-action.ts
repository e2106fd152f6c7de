// Planning an action: an institution, dates, status, budget, the recommendations it answers.
import { withTransaction, type Db } from '../db/handle.ts';
import { AppError } from '../errors.ts';
import { requirePermission, requireRole } from '../policies/require.ts';
import { presentAction, type ActionView } from '../presenters/action.presenter.ts';
import { insertAction, type ActionFields } from '../repositories/action.repository.ts';
import { findInstitutionById } from '../repositories/institution.repository.ts';
import { actorUserId, type Actor } from './actor.ts';
import { checkActionDates } from './action-checks.ts';
import { audit } from './audit.ts';
import { requireItems } from './item-checks.ts';

/** Throws bad-input naming the field (dates, institution, recommendations) or forbidden. */
export async function createAction(db: Db, actor: Actor, input: ActionFields & { recommendationIds: string[] }): Promise<ActionView> {
  requireRole(actor, 'action.edit');
  requirePermission(actor, 'action.edit', { institutionIds: [input.institutionId] });
  checkActionDates(input.startsOn, input.dueOn);
  return withTransaction(db, async (trx) => {
    if (!(await findInstitutionById(trx, input.institutionId))) throw new AppError('bad-input', `institutionId: no institution ${input.institutionId}`, { place: { field: 'institutionId' } });
    await requireItems(trx, { recommendationIds: input.recommendationIds }, { benchmark: 'benchmarkIds.#', recommendation: 'recommendationIds.#' });
    const { recommendationIds, ...fields } = input;
    const row = await insertAction(trx, fields, recommendationIds, actorUserId(actor));
    await audit(trx, actor, 'create', 'action', row.id, { after: row });
    return presentAction(row);
  });
}
