// Checks shared by the services that point at a recommendation or a benchmark: the item
// exists, and which institutions are assigned to it.
import type { Db } from '../db/handle.ts';
import { AppError } from '../errors.ts';
import { recommendationExists } from '../repositories/assessment.repository.ts';
import { findBenchmarkById } from '../repositories/benchmark.repository.ts';

/** Throws bad-input naming `field` when a referenced benchmark or recommendation does not exist. */
export async function requireItems(db: Db, items: { benchmarkIds?: readonly string[]; recommendationIds?: readonly string[] }, fields: { benchmark: string; recommendation: string }): Promise<void> {
  for (const [i, id] of (items.benchmarkIds ?? []).entries()) {
    if (!(await findBenchmarkById(db, id))) throw new AppError('bad-input', `${fields.benchmark.replace('#', String(i))}: no benchmark ${id}`, { place: { field: fields.benchmark.replace('#', String(i)) } });
  }
  for (const [i, id] of (items.recommendationIds ?? []).entries()) {
    if (!(await recommendationExists(db, id))) {
      throw new AppError('bad-input', `${fields.recommendation.replace('#', String(i))}: no recommendation ${id}`, { place: { field: fields.recommendation.replace('#', String(i)) } });
    }
  }
}
