import type { Db } from '../db/handle.ts';
import type { BenchmarkSummary } from '../../contracts/records.ts';
import { requirePermission } from '../policies/require.ts';
import { presentBenchmarkSummary } from '../presenters/record.presenter.ts';
import { findBenchmarks } from '../repositories/benchmark-read.repository.ts';
import type { Actor } from './actor.ts';

export interface BenchmarkListFilter {
  /** A reporting period: only its monitor's benchmarks it still lacks an assessment of. */
  unassessedIn?: string | undefined;
  /** `draft`: the drafts instead (signed-in readers only). */
  state?: 'published' | 'draft' | undefined;
}

/** Published benchmarks (or drafts) by monitor and number, with their latest grade. Throws unauthenticated when an anonymous caller asks for drafts. */
export async function listBenchmarks(db: Db, actor: Actor, filter: BenchmarkListFilter = {}): Promise<BenchmarkSummary[]> {
  if (filter.state === 'draft') requirePermission(actor, 'internal.read');
  return (await findBenchmarks(db, filter)).map(presentBenchmarkSummary);
}
