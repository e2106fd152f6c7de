// Deriving a benchmark from recommendations: a monitor (an NHRI, a civil-society coalition)
// sets its own code, title and timeframe; the recommendations it rests on are added after
// (add-benchmark-source). Admins and coordinators.
import type { BenchmarkRecord, NewBenchmarkBody } from '../../contracts/benchmarks.ts';
import { withTransaction, type Db } from '../db/handle.ts';
import { requirePermission } from '../policies/require.ts';
import { findBenchmarkRecord, insertBenchmark } from '../repositories/benchmark.repository.ts';
import { lockOrganisation } from '../repositories/organisation.repository.ts';
import type { Actor } from './actor.ts';
import { audit } from './audit.ts';
import { optional, required, requireFreeCodeAndNumber } from './benchmark-checks.ts';
import { resolveMonitor } from './monitor-ref.ts';
import { found } from './stale-version.ts';

/** Throws bad-input (empty code or title, unknown monitor: naming the field), conflict (code or number taken) or forbidden. */
export async function createBenchmark(db: Db, actor: Actor, input: NewBenchmarkBody): Promise<BenchmarkRecord> {
  requirePermission(actor, 'benchmark.edit');
  const code = required(input.code, 'code', 'a code');
  const title = required(input.title, 'title', 'a title');
  return withTransaction(db, async (trx) => {
    const monitorId = await resolveMonitor(trx, input, 'benchmark');
    // Two writers choosing codes for one monitor follow each other.
    await lockOrganisation(trx, monitorId);
    await requireFreeCodeAndNumber(trx, monitorId, { code, number: input.number }, null);
    const id = await insertBenchmark(trx, { monitorId, code, number: input.number, title, timeframe: optional(input.timeframe), state: input.state });
    const row = found(await findBenchmarkRecord(trx, id), 'benchmark', id);
    await audit(trx, actor, 'create', 'benchmark', id, { after: row });
    return row;
  });
}
