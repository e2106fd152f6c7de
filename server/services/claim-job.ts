import type { Db } from '../db/handle.ts';
import { claimJob, type JobRow } from '../repositories/job.repository.ts';

export async function claimNextJob(db: Db, worker: string, id?: string): Promise<JobRow | null> {
  return claimJob(db, worker, id);
}
