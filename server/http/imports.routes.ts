import { z } from 'zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { DOCUMENT_KINDS, JOB_STATUSES } from '../../contracts/enums.ts';
import { AppError } from '../errors.ts';
import type { SourceFile } from '../importers/types.ts';
import { enqueueImport } from '../services/import-files.ts';
import { getJob } from '../services/get-job.ts';
import type { RoutesPlugin } from './route-deps.ts';

const jobSchema = z.object({
  id: z.string(),
  kind: z.string(),
  status: z.enum(JOB_STATUSES),
  progress: z.object({ done: z.number(), total: z.number(), message: z.string().nullable() }),
  result: z.unknown(),
  error: z.string().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});

export const importRoutes: RoutesPlugin = async (app, { deps }) => {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.database.db;

  r.post('/api/imports', {
    schema: {
      tags: ['import'],
      summary: 'Upload documents (multipart: one or more `file` parts, optional `kind` and `publish` fields); returns the import job',
      consumes: ['multipart/form-data'],
      response: { 202: z.object({ job: z.string() }) },
    },
  }, async (request, reply) => {
    if (!request.isMultipart()) throw new AppError('bad-input', 'send the files as multipart/form-data');
    const files: SourceFile[] = [];
    let kind: (typeof DOCUMENT_KINDS)[number] | undefined;
    let publish = false;
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        const bytes = await part.toBuffer();
        if (part.file.truncated) throw new AppError('too-large', `${part.filename}: the file is over the upload limit`);
        files.push({ name: part.filename, bytes: new Uint8Array(bytes) });
      } else if (part.fieldname === 'kind' && typeof part.value === 'string' && part.value !== '') {
        kind = DOCUMENT_KINDS.find((k) => k === part.value);
        if (!kind) throw new AppError('bad-input', `field "kind": unknown kind "${part.value}"`, { place: { field: 'kind' } });
      } else if (part.fieldname === 'publish') {
        publish = part.value === 'true' || part.value === '1';
      }
    }
    const job = await enqueueImport(db, request.actor, files, { ...(kind ? { kind } : {}), publish });
    deps.onJobQueued?.();
    return reply.status(202).send({ job });
  });

  r.get('/api/jobs/:id', {
    schema: {
      tags: ['import'],
      summary: 'A job with its progress, result or error',
      params: z.object({ id: z.uuid() }),
      response: { 200: jobSchema },
    },
  }, async (request) => {
    const job = await getJob(db, request.actor, request.params.id);
    return {
      id: job.id,
      kind: job.kind,
      status: job.status,
      progress: { done: job.progressDone, total: job.progressTotal, message: job.message },
      result: job.result,
      error: job.error,
      createdAt: job.createdAt.toISOString(),
      finishedAt: job.finishedAt?.toISOString() ?? null,
    };
  });
};
