// Editing an indicator's definition under optimistic concurrency (409 on a stale version).
import { withTransaction, type Db } from '../db/handle.ts';
import { requirePermission, requireRole } from '../policies/require.ts';
import { institutionsAssignedTo } from '../repositories/assignment.repository.ts';
import { findIndicatorById, updateIndicator, type IndicatorFields, type IndicatorRow } from '../repositories/indicator.repository.ts';
import type { Actor } from './actor.ts';
import { audit } from './audit.ts';
import { requireItems } from './item-checks.ts';
import { found, staleVersion } from './stale-version.ts';

export type IndicatorPatch = Partial<IndicatorFields> & { version: number; benchmarkIds?: string[] | undefined; recommendationIds?: string[] | undefined };

/** Throws not-found, conflict, bad-input naming the field, or forbidden. */
export async function editIndicator(db: Db, actor: Actor, id: string, patch: IndicatorPatch): Promise<IndicatorRow> {
  requireRole(actor, 'indicator.edit');
  return withTransaction(db, async (trx) => {
    const before = found(await findIndicatorById(trx, id), 'indicator', id);
    requirePermission(actor, 'indicator.edit', { institutionIds: await institutionsAssignedTo(trx, before) });
    const { version, benchmarkIds, recommendationIds, ...fields } = patch;
    const links = { benchmarkIds, recommendationIds };
    if (benchmarkIds || recommendationIds) {
      requirePermission(actor, 'indicator.edit', { institutionIds: await institutionsAssignedTo(trx, { benchmarkIds: benchmarkIds ?? before.benchmarkIds, recommendationIds: recommendationIds ?? before.recommendationIds }) });
      await requireItems(trx, { benchmarkIds: benchmarkIds ?? [], recommendationIds: recommendationIds ?? [] }, { benchmark: 'benchmarkIds.#', recommendation: 'recommendationIds.#' });
    }
    const changes = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as Partial<IndicatorFields>;
    const after = await updateIndicator(trx, id, version, changes, links);
    if (!after) staleVersion('indicator', id, version, await findIndicatorById(trx, id));
    await audit(trx, actor, 'update', 'indicator', id, { before, after });
    return after;
  });
}
