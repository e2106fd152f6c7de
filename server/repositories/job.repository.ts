// Jobs: long work recorded in the database. Claiming uses FOR UPDATE SKIP LOCKED so that
// several processes sharing one PostgreSQL never run the same job twice.
import { sql, type Kysely } from 'kysely';
import type { DB, Json } from '../db/schema.ts';
import { bytea } from './bulk.ts';
import type { JobStatus } from '../../contracts/enums.ts';

export interface JobRow {
  id: string;
  kind: string;
  status: JobStatus;
  payload: unknown;
  result: unknown;
  error: string | null;
  progressDone: number;
  progressTotal: number;
  message: string | null;
  attempts: number;
  maxAttempts: number;
  createdBy: string | null;
  createdAt: Date;
  finishedAt: Date | null;
}

const columns = [
  'id',
  'kind',
  'status',
  'payload',
  'result',
  'error',
  'progress_done as progressDone',
  'progress_total as progressTotal',
  'message',
  'attempts',
  'max_attempts as maxAttempts',
  'created_by as createdBy',
  'created_at as createdAt',
  'finished_at as finishedAt',
] as const;

function toRow(r: { status: string } & Omit<JobRow, 'status'>): JobRow {
  return { ...r, status: r.status as JobStatus };
}

export async function insertJob(db: Kysely<DB>, job: { kind: string; payload: unknown; createdBy: string | null; maxAttempts?: number }): Promise<string> {
  const row = await db
    .insertInto('jobs')
    .values({ kind: job.kind, payload: JSON.stringify(job.payload), created_by: job.createdBy, max_attempts: job.maxAttempts ?? 3 })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function insertJobFile(db: Kysely<DB>, jobId: string, ordinal: number, name: string, bytes: Uint8Array): Promise<void> {
  await db.insertInto('job_files').values({ job_id: jobId, ordinal, name, bytes: bytea(bytes) }).execute();
}

export async function findJobFiles(db: Kysely<DB>, jobId: string): Promise<{ name: string; bytes: Uint8Array }[]> {
  const rows = await db.selectFrom('job_files').select(['name', 'bytes']).where('job_id', '=', jobId).orderBy('ordinal').execute();
  return rows.map((r) => ({ name: r.name, bytes: new Uint8Array(r.bytes) }));
}

export async function findJob(db: Kysely<DB>, id: string): Promise<JobRow | null> {
  const row = await db.selectFrom('jobs').select(columns).where('id', '=', id).executeTakeFirst();
  return row ? toRow(row) : null;
}

/** Claims the oldest runnable job (optionally one given id), marking it running for `worker`. */
export async function claimJob(db: Kysely<DB>, worker: string, id?: string): Promise<JobRow | null> {
  return db.transaction().execute(async (trx) => {
    let q = trx
      .selectFrom('jobs')
      .select('id')
      .where('status', '=', 'queued')
      .where('run_after', '<=', new Date())
      .orderBy('created_at')
      .limit(1)
      .forUpdate()
      .skipLocked();
    if (id) q = q.where('id', '=', id);
    const next = await q.executeTakeFirst();
    if (!next) return null;
    const row = await trx
      .updateTable('jobs')
      .set((eb) => ({ status: 'running', claimed_by: worker, heartbeat_at: new Date(), attempts: eb('attempts', '+', 1), updated_at: new Date() }))
      .where('id', '=', next.id)
      .returning(columns)
      .executeTakeFirstOrThrow();
    return toRow(row);
  });
}

export async function updateJobProgress(db: Kysely<DB>, id: string, done: number, total: number, message: string | null): Promise<void> {
  await db
    .updateTable('jobs')
    .set({ progress_done: done, progress_total: total, message, heartbeat_at: new Date(), updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}

export async function finishJob(db: Kysely<DB>, id: string, outcome: { status: 'succeeded'; result: unknown } | { status: 'failed'; error: string }): Promise<void> {
  await db
    .updateTable('jobs')
    .set({
      status: outcome.status,
      result: outcome.status === 'succeeded' ? (JSON.stringify(outcome.result ?? null) as unknown as Json) : null,
      error: outcome.status === 'failed' ? outcome.error : null,
      finished_at: new Date(),
      updated_at: new Date(),
    })
    .where('id', '=', id)
    .execute();
}

/**
 * Jobs left `running` by a process that died (no heartbeat for `staleMs`) go back to the
 * queue while attempts remain, and are marked failed with the reason otherwise.
 */
export async function recoverStaleJobs(db: Kysely<DB>, staleMs: number): Promise<{ requeued: number; failed: number }> {
  const cutoff = new Date(Date.now() - staleMs);
  const failed = await db
    .updateTable('jobs')
    .set({ status: 'failed', error: 'interrupted: the process running it stopped, and no attempts remain', finished_at: new Date(), updated_at: new Date() })
    .where('status', '=', 'running')
    .where('heartbeat_at', '<', cutoff)
    .where((eb) => eb('attempts', '>=', eb.ref('max_attempts')))
    .executeTakeFirst();
  const requeued = await db
    .updateTable('jobs')
    .set({ status: 'queued', claimed_by: null, message: 'interrupted; queued for retry', updated_at: new Date() })
    .where('status', '=', 'running')
    .where('heartbeat_at', '<', cutoff)
    .executeTakeFirst();
  return { requeued: Number(requeued.numUpdatedRows), failed: Number(failed.numUpdatedRows) };
}

export async function deleteJobFiles(db: Kysely<DB>, jobId: string): Promise<void> {
  await db.deleteFrom('job_files').where('job_id', '=', jobId).execute();
}

/** The jobs of a kind whose payload holds `key: value` (a follow-up job of another one), oldest first. */
export async function findJobIdsByPayload(db: Kysely<DB>, kind: string, key: string, value: string): Promise<string[]> {
  const rows = await db.selectFrom('jobs').select('id').where('kind', '=', kind).where(sql<boolean>`payload->>${key} = ${value}`).orderBy('created_at').execute();
  return rows.map((r) => r.id);
}
