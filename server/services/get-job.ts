import type { Db } from '../db/handle.ts';
import { AppError } from '../errors.ts';
import { findJob, type JobRow } from '../repositories/job.repository.ts';
import type { Actor } from './actor.ts';

/** A job, for the user who started it or an admin/coordinator. */
export async function getJob(db: Db, actor: Actor, id: string): Promise<JobRow> {
  const job = await findJob(db, id);
  const allowed = actor.kind === 'system' || (actor.kind === 'user' && (actor.role === 'admin' || actor.role === 'coordinator' || job?.createdBy === actor.id));
  if (!job || !allowed) throw new AppError('not-found', `no job ${id}`);
  return job;
}
