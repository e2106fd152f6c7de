// A monitor removes a recommendation from those its benchmark rests on, whether a report
// cited it or someone added it. Admins and coordinators.
import { withTransaction, type Db } from '../db/handle.ts';
import { AppError } from '../errors.ts';
import { requirePermission } from '../policies/require.ts';
import { removeBenchmarkSource } from '../repositories/benchmark.repository.ts';
import type { Actor } from './actor.ts';
import { audit } from './audit.ts';
import { editableBenchmark } from './benchmark-checks.ts';

/** Throws not-found (the benchmark, or a recommendation it does not rest on, naming `recommendationId`) or forbidden. */
export async function removeSourceFromBenchmark(db: Db, actor: Actor, benchmarkId: string, recommendationId: string): Promise<void> {
  requirePermission(actor, 'benchmark.edit');
  await withTransaction(db, async (trx) => {
    await editableBenchmark(trx, benchmarkId);
    const removed = await removeBenchmarkSource(trx, benchmarkId, recommendationId);
    if (!removed) throw new AppError('not-found', `recommendationId: the benchmark does not rest on recommendation ${recommendationId}`, { place: { field: 'recommendationId' } });
    await audit(trx, actor, 'remove-source', 'benchmark', benchmarkId, { before: { benchmarkId, ...removed } });
  });
}
