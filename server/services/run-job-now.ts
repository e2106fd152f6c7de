// Runs a queued job in this process at once (the CLI's way), returning its result or error.
import type { Db } from '../db/handle.ts';
import { AppError } from '../errors.ts';
import { runJob } from '../jobs/run-job.ts';
import { claimJob } from '../repositories/job.repository.ts';

export async function runJobNow(db: Db, jobId: string, onProgress: (done: number, total: number, message?: string) => void): Promise<{ outcomes: unknown; error: string | null }> {
  const job = await claimJob(db, `cli:${process.pid}`, jobId);
  if (!job) throw new AppError('conflict', `job ${jobId} is not queued`);
  try {
    return { outcomes: await runJob(db, job, onProgress), error: null };
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    const outcomes = err.details?.outcomes ?? null;
    return { outcomes, error: err.message };
  }
}
