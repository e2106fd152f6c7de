// The handler of each job kind: (db, job, progress) → result stored on the job.
import type { Db } from '../db/handle.ts';
import type { JobRow } from '../repositories/job.repository.ts';
import { runImportJob } from '../services/import-files.ts';
import { runSuggestTagsJob, SUGGEST_TAGS_JOB } from '../services/suggest-tags.ts';

export type JobHandler = (db: Db, job: JobRow, progress: (done: number, total: number, message?: string) => void) => Promise<unknown>;

export const JOB_HANDLERS: Record<string, JobHandler | undefined> = {
  import: runImportJob,
  [SUGGEST_TAGS_JOB]: runSuggestTagsJob,
};
