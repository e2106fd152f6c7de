// Defining an indicator (structural, process or outcome) linked to benchmarks and
// recommendations. Focal points may do it for items assigned to their institution.
import { withTransaction, type Db } from '../db/handle.ts';
import { requirePermission, requireRole } from '../policies/require.ts';
import { institutionsAssignedTo } from '../repositories/assignment.repository.ts';
import { insertIndicator, type IndicatorFields, type IndicatorRow } from '../repositories/indicator.repository.ts';
import type { Actor } from './actor.ts';
import { audit } from './audit.ts';
import { requireItems } from './item-checks.ts';

export type NewIndicatorInput = IndicatorFields & { benchmarkIds: string[]; recommendationIds: string[] };

/** Throws bad-input (unknown benchmark or recommendation, naming the field) or forbidden. */
export async function createIndicator(db: Db, actor: Actor, input: NewIndicatorInput): Promise<IndicatorRow> {
  requireRole(actor, 'indicator.edit');
  return withTransaction(db, async (trx) => {
    const { benchmarkIds, recommendationIds, ...fields } = input;
    const links = { benchmarkIds, recommendationIds };
    requirePermission(actor, 'indicator.edit', { institutionIds: await institutionsAssignedTo(trx, links) });
    await requireItems(trx, links, { benchmark: 'benchmarkIds.#', recommendation: 'recommendationIds.#' });
    const row = await insertIndicator(trx, fields, links);
    await audit(trx, actor, 'create', 'indicator', row.id, { after: row });
    return row;
  });
}
