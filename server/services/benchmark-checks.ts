// Rules every write of a benchmark's own fields obeys: a code and a title that say
// something, a code and a number no other benchmark of the monitor uses, and only
// benchmarks a reader can find may change.
import type { BenchmarkRecord } from '../../contracts/benchmarks.ts';
import type { Db } from '../db/handle.ts';
import { AppError } from '../errors.ts';
import { findBenchmarkRecord, findClashingBenchmark } from '../repositories/benchmark.repository.ts';

/** `value` trimmed; bad-input naming `field` when nothing is left. */
export function required(value: string, field: string, what: string): string {
  const trimmed = value.trim();
  if (trimmed === '') throw new AppError('bad-input', `${field}: give the benchmark ${what}`, { place: { field } });
  return trimmed;
}

/** `value` trimmed, null when empty. */
export function optional(value: string | null): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

/** Throws conflict naming `code` or `number` when another benchmark of the monitor already uses it (codes whatever their case). */
export async function requireFreeCodeAndNumber(trx: Db, monitorId: string, by: { code?: string | undefined; number?: number | null | undefined }, exceptId: string | null): Promise<void> {
  const clash = await findClashingBenchmark(trx, monitorId, by, exceptId);
  if (!clash) return;
  const value = clash.field === 'code' ? `"${by.code ?? ''}"` : String(by.number);
  throw new AppError('conflict', `${clash.field}: this monitor already has a benchmark ${value}`, { place: { field: clash.field }, details: { benchmarkId: clash.id } });
}

/** The benchmark's record; not-found when unknown or discarded. */
export async function editableBenchmark(trx: Db, id: string): Promise<BenchmarkRecord> {
  const row = await findBenchmarkRecord(trx, id);
  if (!row || row.state === 'discarded') throw new AppError('not-found', `no benchmark ${id}`);
  return row;
}
