// Recording a value of an indicator: a number, the date it describes, and its source
// (e.g. prison population 38,944 in 2023, from the Special Rapporteur's report).
import { withTransaction, type Db } from '../db/handle.ts';
import { requirePermission, requireRole } from '../policies/require.ts';
import { institutionsAssignedTo } from '../repositories/assignment.repository.ts';
import { findIndicatorById, insertIndicatorValue, type IndicatorRow, type IndicatorValueRow, type NewIndicatorValue } from '../repositories/indicator.repository.ts';
import { actorUserId, type Actor } from './actor.ts';
import { audit } from './audit.ts';
import { found } from './stale-version.ts';

export type EnteredIndicatorValue = Omit<NewIndicatorValue, 'sourceKind'>;

/** Throws not-found (indicator) or forbidden. Values are appended; the series is the history. */
export async function recordIndicatorValue(db: Db, actor: Actor, indicatorId: string, value: EnteredIndicatorValue): Promise<IndicatorValueRow> {
  return appendIndicatorValue(db, actor, indicatorId, () => Promise.resolve({ ...value, sourceKind: 'entered' }));
}

/**
 * Appends the value `make` gives for the indicator, in one transaction with the permission
 * check and the audit event. Throws not-found (indicator), forbidden, or what `make` throws.
 */
export async function appendIndicatorValue(db: Db, actor: Actor, indicatorId: string, make: (trx: Db, indicator: IndicatorRow) => Promise<NewIndicatorValue>): Promise<IndicatorValueRow> {
  requireRole(actor, 'indicator.edit');
  return withTransaction(db, async (trx) => {
    const indicator = found(await findIndicatorById(trx, indicatorId), 'indicator', indicatorId);
    requirePermission(actor, 'indicator.edit', { institutionIds: await institutionsAssignedTo(trx, indicator) });
    const row = await insertIndicatorValue(trx, indicatorId, await make(trx, indicator), actorUserId(actor));
    await audit(trx, actor, 'create', 'indicator-value', row.id, { after: { indicatorId, ...row } });
    return row;
  });
}
