// Changing a benchmark's own code, number, title, timeframe or state under optimistic
// concurrency (409 with the current record on a stale version). Admins and coordinators.
import type { BenchmarkPatch, BenchmarkRecord } from '../../contracts/benchmarks.ts';
import { withTransaction, type Db } from '../db/handle.ts';
import { AppError } from '../errors.ts';
import { requirePermission } from '../policies/require.ts';
import { findWordings } from '../repositories/benchmark-read.repository.ts';
import { findBenchmarkRecord, updateBenchmark, type BenchmarkChanges } from '../repositories/benchmark.repository.ts';
import { lockOrganisation } from '../repositories/organisation.repository.ts';
import type { Actor } from './actor.ts';
import { audit } from './audit.ts';
import { editableBenchmark, optional, required, requireFreeCodeAndNumber } from './benchmark-checks.ts';
import { staleVersion } from './stale-version.ts';

function changesOf(patch: Omit<BenchmarkPatch, 'version'>): BenchmarkChanges {
  return {
    ...(patch.code !== undefined ? { code: required(patch.code, 'code', 'a code') } : {}),
    ...(patch.number !== undefined ? { number: patch.number } : {}),
    ...(patch.title !== undefined ? { title: patch.title === null ? null : required(patch.title, 'title', 'a title') } : {}),
    ...(patch.timeframe !== undefined ? { timeframe: optional(patch.timeframe) } : {}),
    ...(patch.state !== undefined ? { state: patch.state } : {}),
  };
}

/** Throws not-found, conflict (stale version; code or number taken), bad-input naming the field, or forbidden. */
export async function editBenchmark(db: Db, actor: Actor, id: string, patch: BenchmarkPatch): Promise<BenchmarkRecord> {
  requirePermission(actor, 'benchmark.edit');
  const { version, ...fields } = patch;
  const changes = changesOf(fields);
  return withTransaction(db, async (trx) => {
    const before = await editableBenchmark(trx, id);
    if (before.version !== version) staleVersion('benchmark', id, version, before);
    await lockOrganisation(trx, before.monitor.id);
    if (changes.code !== undefined || changes.number !== undefined) await requireFreeCodeAndNumber(trx, before.monitor.id, { code: changes.code ?? undefined, number: changes.number }, id);
    if (changes.title === null && (await findWordings(trx, id)).length === 0) {
      throw new AppError('bad-input', 'title: no report words this benchmark, so it keeps a title of its own', { place: { field: 'title' } });
    }
    const after = await updateBenchmark(trx, id, version, changes);
    if (!after) staleVersion('benchmark', id, version, await findBenchmarkRecord(trx, id));
    await audit(trx, actor, 'update', 'benchmark', id, { before, after });
    return after;
  });
}
