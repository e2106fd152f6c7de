// A monitor adds a recommendation its benchmark rests on (origin `manual`, beside those a
// report cites). Admins and coordinators.
import type { BenchmarkSource } from '../../contracts/benchmarks.ts';
import { withTransaction, type Db } from '../db/handle.ts';
import { AppError } from '../errors.ts';
import { requirePermission } from '../policies/require.ts';
import { addBenchmarkSource } from '../repositories/benchmark.repository.ts';
import { findRecommendationBriefs } from '../repositories/related.repository.ts';
import type { Actor } from './actor.ts';
import { audit } from './audit.ts';
import { editableBenchmark } from './benchmark-checks.ts';

/** Throws not-found (benchmark), bad-input (no such published recommendation), conflict (already a source) or forbidden. */
export async function addSourceToBenchmark(db: Db, actor: Actor, benchmarkId: string, recommendationId: string): Promise<BenchmarkSource> {
  requirePermission(actor, 'benchmark.edit');
  return withTransaction(db, async (trx) => {
    await editableBenchmark(trx, benchmarkId);
    const [rec] = await findRecommendationBriefs(trx, [recommendationId]);
    const place = { field: 'recommendationId' };
    if (rec?.state !== 'published') throw new AppError('bad-input', `recommendationId: no published recommendation ${recommendationId}`, { place });
    if (!(await addBenchmarkSource(trx, benchmarkId, rec.id, rec.documentId, 'manual'))) {
      throw new AppError('conflict', `recommendationId: the benchmark already rests on recommendation ${recommendationId}`, { place });
    }
    const source: BenchmarkSource = { benchmarkId, recommendationId: rec.id, origin: 'manual' };
    await audit(trx, actor, 'add-source', 'benchmark', benchmarkId, { after: source });
    return source;
  });
}
