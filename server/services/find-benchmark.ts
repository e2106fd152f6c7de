// Finding a benchmark by what a person types (its code, e.g. "F", or its number).
import type { Db } from '../db/handle.ts';
import { AppError } from '../errors.ts';
import { findBenchmarksByRef } from '../repositories/benchmark.repository.ts';

/** The id of the one benchmark `ref` names (within `monitorId` when given); throws bad-input naming `field`. */
export async function findBenchmarkId(db: Db, ref: string, opts: { monitorId?: string | undefined; field: string }): Promise<string> {
  const all = await findBenchmarksByRef(db, ref.trim());
  const matches = opts.monitorId ? all.filter((b) => b.monitorId === opts.monitorId) : all;
  if (matches.length === 1) return matches[0]!.id;
  const place = { field: opts.field };
  if (matches.length === 0) throw new AppError('bad-input', `${opts.field}: no benchmark "${ref}"`, { place });
  throw new AppError('bad-input', `${opts.field}: ${matches.length} benchmarks are called "${ref}"; name the period to choose the monitor`, { place });
}
