import type { Db } from '../db/handle.ts';
import type { BenchmarkSummary } from '../../contracts/records.ts';
import { presentBenchmarkSummary } from '../presenters/record.presenter.ts';
import { findPublishedBenchmarks } from '../repositories/benchmark-read.repository.ts';

/** Every published benchmark, by monitor and number, with its latest grade. */
export async function listBenchmarks(db: Db): Promise<BenchmarkSummary[]> {
  return (await findPublishedBenchmarks(db)).map(presentBenchmarkSummary);
}
