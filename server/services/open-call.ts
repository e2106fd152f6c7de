// Opening a call for input on chosen benchmarks, with a deadline.
import { withTransaction, type Db } from '../db/handle.ts';
import { AppError } from '../errors.ts';
import { requirePermission } from '../policies/require.ts';
import { insertCall, type CallRow } from '../repositories/call.repository.ts';
import { actorUserId, type Actor } from './actor.ts';
import { audit } from './audit.ts';
import { requireItems } from './item-checks.ts';

/** Throws bad-input naming the field (deadline in the past, unknown benchmark) or forbidden. */
export async function openCall(db: Db, actor: Actor, input: { title: string; description: string; deadline: Date; benchmarkIds: string[] }): Promise<CallRow> {
  requirePermission(actor, 'call.manage');
  if (input.deadline.getTime() <= Date.now()) throw new AppError('bad-input', `deadline: ${input.deadline.toISOString()} is already past`, { place: { field: 'deadline' } });
  if (!input.title.trim()) throw new AppError('bad-input', 'title: give the call a title', { place: { field: 'title' } });
  return withTransaction(db, async (trx) => {
    await requireItems(trx, { benchmarkIds: input.benchmarkIds }, { benchmark: 'benchmarkIds.#', recommendation: 'recommendationIds.#' });
    const row = await insertCall(trx, input, actorUserId(actor));
    await audit(trx, actor, 'create', 'call-for-input', row.id, { after: row });
    return row;
  });
}
