import type { Db } from '../db/handle.ts';
import type { BenchmarkSummary } from '../../contracts/records.ts';
import { presentBenchmarkSummary } from '../presenters/record.presenter.ts';
import { findPublishedBenchmarks } from '../repositories/benchmark-read.repository.ts';

/** Published benchmarks by monitor and number, with their latest grade; `unassessedIn`: those a period still lacks. */
export async function listBenchmarks(db: Db, filter: { unassessedIn?: string } = {}): Promise<BenchmarkSummary[]> {
  return (await findPublishedBenchmarks(db, filter)).map(presentBenchmarkSummary);
}
