import type { Db } from '../db/handle.ts';
import { recoverStaleJobs } from '../repositories/job.repository.ts';

/** Puts jobs interrupted by a dead process back in the queue, or marks them failed. */
export async function recoverJobs(db: Db, staleMs: number): Promise<{ requeued: number; failed: number }> {
  return recoverStaleJobs(db, staleMs);
}
