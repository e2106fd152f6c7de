// import-files: the job behind `landmark import` and `POST /api/imports`. Each file is
// imported in its own transaction; a broken file is reported by name and the others go on.
// The documents imported get a `suggest-tags` job queued after them.
import type { DocumentKind } from '../../contracts/enums.ts';
import type { Db } from '../db/handle.ts';
import { AppError } from '../errors.ts';
import type { SourceFile } from '../importers/types.ts';
import { findJobFiles, insertJob, insertJobFile, deleteJobFiles, type JobRow } from '../repositories/job.repository.ts';
import { findUserById } from '../repositories/user.repository.ts';
import { canImport } from '../policies/import.policy.ts';
import { withTransaction } from '../db/handle.ts';
import type { Actor } from './actor.ts';
import { actorUserId } from './actor.ts';
import { importDocument, type ImportOutcome } from './import-document.ts';
import { enqueueSuggestTags } from './suggest-tags.ts';

export interface ImportJobPayload {
  kind: DocumentKind | null;
  publish: boolean;
  /** The actor who asked: `system` (the CLI) or a user id. */
  actor: { kind: 'system'; label: string } | { kind: 'user'; id: string };
  files: string[];
}

export interface FileOutcome {
  file: string;
  ok: boolean;
  outcome: ImportOutcome | null;
  error: string | null;
}

/** Records an import job with its files; the worker (or the CLI) runs it. */
export async function enqueueImport(db: Db, actor: Actor, files: readonly SourceFile[], opts: { kind?: DocumentKind; publish?: boolean }): Promise<string> {
  if (!canImport(actor)) throw new AppError('forbidden', 'only coordinators and admins import documents');
  if (files.length === 0) throw new AppError('bad-input', 'no file to import');
  const payload: ImportJobPayload = {
    kind: opts.kind ?? null,
    publish: opts.publish === true,
    actor: actor.kind === 'user' ? { kind: 'user', id: actor.id } : { kind: 'system', label: actor.kind === 'system' ? actor.label : 'anonymous' },
    files: files.map((f) => f.name),
  };
  return withTransaction(db, async (trx) => {
    const id = await insertJob(trx, { kind: 'import', payload, createdBy: actorUserId(actor), maxAttempts: 1 });
    for (const [i, f] of files.entries()) await insertJobFile(trx, id, i, f.name, f.bytes);
    return id;
  });
}

async function jobActor(db: Db, payload: ImportJobPayload): Promise<Actor> {
  if (payload.actor.kind === 'system') return { kind: 'system', label: payload.actor.label };
  const user = await findUserById(db, payload.actor.id);
  if (!user) throw new AppError('forbidden', 'the user who started this import no longer exists');
  return { kind: 'user', id: user.id, email: user.email, role: user.role, organisationId: user.organisationId, institutionId: user.institutionId, language: user.language, sessionId: '' };
}

/** Runs an import job: every file, each in its own transaction. Throws when any file failed, naming each. */
export async function runImportJob(db: Db, job: JobRow, progress: (done: number, total: number, message?: string) => void): Promise<FileOutcome[]> {
  const payload = job.payload as ImportJobPayload;
  const actor = await jobActor(db, payload);
  const files = await findJobFiles(db, job.id);
  const outcomes: FileOutcome[] = [];
  for (const [i, file] of files.entries()) {
    try {
      const outcome = await importDocument(db, actor, file, {
        ...(payload.kind ? { kind: payload.kind } : {}),
        publish: payload.publish,
        jobId: job.id,
        onProgress: (done, total, message) => progress(i * 1000 + Math.round((done / Math.max(total, 1)) * 1000), files.length * 1000, `${file.name}${message ? `: ${message}` : ''}`),
      });
      outcomes.push({ file: file.name, ok: true, outcome, error: null });
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      outcomes.push({ file: file.name, ok: false, outcome: null, error: err.message });
    }
    progress((i + 1) * 1000, files.length * 1000, file.name);
  }
  await deleteJobFiles(db, job.id);
  // Tags are suggested by a job of their own, after the imports' transactions.
  const imported = outcomes.flatMap((o) => (o.outcome?.status === 'imported' && (o.outcome.counts?.recommendations ?? 0) > 0 ? [o.outcome.documentId] : []));
  if (imported.length > 0) await enqueueSuggestTags(db, imported, { importJob: job.id, createdBy: actorUserId(actor) });
  const failed = outcomes.filter((o) => !o.ok);
  if (failed.length > 0) {
    throw new AppError('bad-input', failed.map((o) => o.error ?? o.file).join('\n'), { details: { outcomes } });
  }
  return outcomes;
}
