// Benchmarks keep their identity across reports: found by code, then by number, within
// one monitor; each report's wording is kept beside it. A monitor may also derive its own:
// their title and timeframe are the benchmark's, and their sources are added by hand.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { BenchmarkRecord, BenchmarkSourceOrigin } from '../../contracts/benchmarks.ts';
import type { PublicationState } from '../../contracts/enums.ts';

export async function findBenchmark(db: Kysely<DB>, monitorId: string, code: string | null, number: number | null): Promise<{ id: string; code: string | null; number: number | null } | null> {
  if (code) {
    const byCode = await db.selectFrom('benchmarks').select(['id', 'code', 'number']).where('monitor_id', '=', monitorId).where('code', '=', code).executeTakeFirst();
    if (byCode) return byCode;
  }
  if (number !== null) {
    const byNumber = await db.selectFrom('benchmarks').select(['id', 'code', 'number']).where('monitor_id', '=', monitorId).where('number', '=', number).executeTakeFirst();
    if (byNumber) return byNumber;
  }
  return null;
}

export async function insertBenchmark(db: Kysely<DB>, b: { monitorId: string; code: string | null; number: number | null; timeframe: string | null; state: PublicationState; title?: string | null }): Promise<string> {
  const row = await db
    .insertInto('benchmarks')
    .values({ monitor_id: b.monitorId, code: b.code, number: b.number, timeframe: b.timeframe, state: b.state, title: b.title ?? null })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Fills what an earlier report left unknown (the number or the code) and the latest timeframe. */
export async function completeBenchmark(db: Kysely<DB>, id: string, b: { code: string | null; number: number | null; timeframe: string | null }): Promise<void> {
  await db
    .updateTable('benchmarks')
    .set((eb) => ({
      code: eb.fn.coalesce('code', eb.val(b.code)),
      number: eb.fn.coalesce('number', eb.val(b.number)),
      timeframe: eb.fn.coalesce(eb.val(b.timeframe), 'timeframe'),
    }))
    .where('id', '=', id)
    .execute();
}

export async function upsertWording(db: Kysely<DB>, w: { benchmarkId: string; documentId: string; number: number | null; code: string | null; title: string; timeframe: string | null; paragraphRef: string | null }): Promise<void> {
  await db
    .insertInto('benchmark_wordings')
    .values({ benchmark_id: w.benchmarkId, document_id: w.documentId, number: w.number, code: w.code, title: w.title, timeframe: w.timeframe, paragraph_ref: w.paragraphRef })
    .onConflict((oc) => oc.columns(['benchmark_id', 'document_id']).doUpdateSet({ title: w.title, timeframe: w.timeframe, number: w.number, code: w.code, paragraph_ref: w.paragraphRef }))
    .execute();
}

/** Adds the source unless the benchmark already rests on it; true when added. */
export async function addBenchmarkSource(db: Kysely<DB>, benchmarkId: string, recommendationId: string, documentId: string | null, origin: BenchmarkSourceOrigin = 'imported'): Promise<boolean> {
  const added = await db
    .insertInto('benchmark_sources')
    .values({ benchmark_id: benchmarkId, recommendation_id: recommendationId, document_id: documentId, origin })
    .onConflict((oc) => oc.columns(['benchmark_id', 'recommendation_id']).doNothing())
    .returning('recommendation_id')
    .executeTakeFirst();
  return added !== undefined;
}

export interface BenchmarkSourceRow {
  recommendationId: string;
  documentId: string | null;
  origin: BenchmarkSourceOrigin;
}

/** Removes the source; the removed row, or null when the benchmark did not rest on it. */
export async function removeBenchmarkSource(db: Kysely<DB>, benchmarkId: string, recommendationId: string): Promise<BenchmarkSourceRow | null> {
  const row = await db
    .deleteFrom('benchmark_sources')
    .where('benchmark_id', '=', benchmarkId)
    .where('recommendation_id', '=', recommendationId)
    .returning(['recommendation_id as recommendationId', 'document_id as documentId', 'origin'])
    .executeTakeFirst();
  return row ? { ...row, origin: row.origin as BenchmarkSourceOrigin } : null;
}

// Editing a benchmark's own fields under its version.

function recordQuery(db: Kysely<DB>) {
  return db
    .selectFrom('benchmarks as b')
    .innerJoin('organisations as o', 'o.id', 'b.monitor_id')
    .select(['b.id', 'b.monitor_id as monitorId', 'o.name as monitorName', 'b.code', 'b.number', 'b.title', 'b.timeframe', 'b.state', 'b.version']);
}

type RawRecord = { id: string; monitorId: string; monitorName: string; code: string | null; number: number | null; title: string | null; timeframe: string | null; state: string; version: number };
const toRecord = ({ monitorId, monitorName, state, ...r }: RawRecord): BenchmarkRecord => ({ ...r, monitor: { id: monitorId, name: monitorName }, state: state as PublicationState });

export async function findBenchmarkRecord(db: Kysely<DB>, id: string): Promise<BenchmarkRecord | null> {
  const row = await recordQuery(db).where('b.id', '=', id).executeTakeFirst();
  return row ? toRecord(row) : null;
}

/** Another benchmark of the monitor with this code (whatever its case) or this number. */
export async function findClashingBenchmark(db: Kysely<DB>, monitorId: string, by: { code?: string | undefined; number?: number | null | undefined }, exceptId: string | null): Promise<{ field: 'code' | 'number'; id: string } | null> {
  const others = () => {
    const q = db.selectFrom('benchmarks').select('id').where('monitor_id', '=', monitorId);
    return exceptId ? q.where('id', '<>', exceptId) : q;
  };
  if (by.code !== undefined) {
    const row = await others().where(sql<boolean>`upper(code) = upper(${by.code})`).executeTakeFirst();
    if (row) return { field: 'code', id: row.id };
  }
  if (by.number !== undefined && by.number !== null) {
    const row = await others().where('number', '=', by.number).executeTakeFirst();
    if (row) return { field: 'number', id: row.id };
  }
  return null;
}

export type BenchmarkChanges = Partial<Pick<BenchmarkRecord, 'code' | 'number' | 'title' | 'timeframe' | 'state'>>;

/** Applies `changes` when the benchmark is at `version` and bumps it; null when it is not (or does not exist). */
export async function updateBenchmark(db: Kysely<DB>, id: string, version: number, changes: BenchmarkChanges): Promise<BenchmarkRecord | null> {
  const updated = await db
    .updateTable('benchmarks')
    .set((eb) => ({ ...changes, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .returning('id')
    .executeTakeFirst();
  return updated ? findBenchmarkRecord(db, id) : null;
}

export async function setBenchmarkStateForMonitorDocument(db: Kysely<DB>, documentId: string, state: PublicationState): Promise<void> {
  await db
    .updateTable('benchmarks')
    .set({ state })
    .where('id', 'in', (eb) => eb.selectFrom('benchmark_wordings').select('benchmark_id').where('document_id', '=', documentId))
    .where('state', '=', 'draft')
    .execute();
}

// Looking benchmarks up (follow-up): by id, or by the code or number a person types.

export interface BenchmarkSummary {
  id: string;
  monitorId: string;
  code: string | null;
  number: number | null;
  title: string | null;
  state: PublicationState;
}

function benchmarkSummaries(db: Kysely<DB>) {
  return db
    .selectFrom('benchmarks')
    .select((eb) => [
      'benchmarks.id',
      'benchmarks.monitor_id as monitorId',
      'benchmarks.code',
      'benchmarks.number',
      'benchmarks.state',
      eb.fn
        .coalesce(
          eb
            .selectFrom('benchmark_wordings')
            .innerJoin('documents', 'documents.id', 'benchmark_wordings.document_id')
            .select('benchmark_wordings.title')
            .whereRef('benchmark_wordings.benchmark_id', '=', 'benchmarks.id')
            .orderBy('documents.date', 'desc')
            .limit(1),
          'benchmarks.title',
        )
        .as('title'),
    ]);
}

type RawSummary = Omit<BenchmarkSummary, 'state'> & { state: string };
const toSummary = (r: RawSummary): BenchmarkSummary => ({ ...r, state: r.state as PublicationState });

export async function findBenchmarkById(db: Kysely<DB>, id: string): Promise<BenchmarkSummary | null> {
  const row = await benchmarkSummaries(db).where('benchmarks.id', '=', id).executeTakeFirst();
  return row ? toSummary(row) : null;
}

/** Benchmarks whose code (case-insensitive) or number is `ref`, whatever their monitor. */
export async function findBenchmarksByRef(db: Kysely<DB>, ref: string): Promise<BenchmarkSummary[]> {
  const asNumber = /^\d+$/.test(ref) ? Number(ref) : null;
  const rows = await benchmarkSummaries(db)
    .where((eb) => eb.or([eb(eb.fn('upper', ['benchmarks.code']), '=', ref.toUpperCase()), ...(asNumber !== null ? [eb('benchmarks.number', '=', asNumber)] : [])]))
    .execute();
  return rows.map(toSummary);
}

export async function listBenchmarkSummaries(db: Kysely<DB>, state?: PublicationState): Promise<BenchmarkSummary[]> {
  let q = benchmarkSummaries(db);
  if (state) q = q.where('benchmarks.state', '=', state);
  return (await q.orderBy('benchmarks.number').orderBy('benchmarks.code').execute()).map(toSummary);
}
