// Runs one claimed job with its handler, keeping its heartbeat and progress, and records
// success or failure (with the error's message, which names the file and place). Jobs are
// the bulk writes: after each, the space of the facet refresh queue is given back.
import type { Db } from '../db/handle.ts';
import { AppError } from '../errors.ts';
import { finishJob, updateJobProgress, type JobRow } from '../repositories/job.repository.ts';
import { reclaimFacetQueue } from '../repositories/search.repository.ts';
import { JOB_HANDLERS } from './handlers.ts';
import { HEARTBEAT_MS } from './worker.ts';

export type JobProgress = (done: number, total: number, message?: string) => void;

export async function runJob(db: Db, job: JobRow, onProgress?: JobProgress): Promise<JobRow['result']> {
  const handler = JOB_HANDLERS[job.kind];
  if (!handler) {
    await finishJob(db, job.id, { status: 'failed', error: `no handler for job kind "${job.kind}"` });
    return null;
  }
  let latest: { done: number; total: number; message: string | null } = { done: 0, total: 0, message: null };
  let written = 0;
  const beat = setInterval(() => {
    void updateJobProgress(db, job.id, latest.done, latest.total, latest.message).catch(() => undefined);
  }, HEARTBEAT_MS);
  try {
    const result = await handler(db, job, (done, total, message) => {
      latest = { done, total, message: message ?? null };
      onProgress?.(done, total, message);
      const now = Date.now();
      if (now - written > 1000) {
        written = now;
        void updateJobProgress(db, job.id, done, total, message ?? null).catch(() => undefined);
      }
    });
    clearInterval(beat);
    await finishJob(db, job.id, { status: 'succeeded', result });
    await reclaimFacetQueue(db);
    return result;
  } catch (err) {
    clearInterval(beat);
    const message = err instanceof AppError ? err.message : `unexpected error: ${(err as Error).message}`;
    await finishJob(db, job.id, { status: 'failed', error: message });
    await reclaimFacetQueue(db);
    throw err;
  }
}
