// Every list of the API can be downloaded: `GET <list>/export?format=csv|xlsx|json` takes
// the list's own filters and answers the same records, as the same audience sees them, as
// a file. The list's item schema gives the columns (nested fields flattened to dotted
// names, even when the list is empty) and strips what the list itself would not send.
import type { FastifyBaseLogger, FastifyInstance, FastifyReply, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { LIST_FORMATS } from '../../contracts/reports.ts';
import { columnsAt, listFile, type ListFile } from '../reports/index.ts';
import type { Actor } from '../services/actor.ts';

type Router = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, ZodTypeProvider>;

export const formatQuery = z.object({ format: z.enum(LIST_FORMATS).describe('csv, xlsx or json') });

/** Sends a file (a list, a report) as an attachment. */
export function sendAttachment(reply: FastifyReply, file: ListFile): FastifyReply {
  return reply.type(file.mediaType).header('content-disposition', `attachment; filename="${file.fileName}"`).send(file.bytes);
}

/** The paths of a record schema's leaves, nested objects flattened (`latestGrade.label`). */
export function leafPaths(schema: z.ZodType, prefix = ''): string[] {
  let inner: z.ZodType = schema;
  while (inner instanceof z.ZodOptional || inner instanceof z.ZodNullable || inner instanceof z.ZodDefault) inner = inner.unwrap() as z.ZodType;
  if (inner instanceof z.ZodObject) return Object.entries(inner.shape as Record<string, z.ZodType>).flatMap(([key, value]) => leafPaths(value, `${prefix}${key}.`));
  return [prefix.slice(0, -1)];
}

/** Registers `GET {url}/export` for a list whose records `load` gives for the list's filters. */
export function listExportRoute<Q extends z.ZodObject>(
  r: Router,
  spec: {
    url: string;
    tags: string[];
    /** What the list holds, e.g. "Actions". */
    what: string;
    /** File name without extension. */
    name: string;
    isPublic?: boolean;
    querystring: Q;
    /** The schema of one record of the list, as its response declares it. */
    item: z.ZodObject;
    load: (query: z.infer<Q>, actor: Actor) => Promise<readonly object[]>;
  },
): void {
  r.get(`${spec.url}/export`, {
    schema: {
      tags: spec.tags,
      summary: `${spec.what} (same filters as the list) as CSV, XLSX or JSON`,
      ...(spec.isPublic ? { security: [] } : {}),
      querystring: spec.querystring.extend(formatQuery.shape),
    },
  }, async (request, reply) => {
    const query = request.query as z.infer<Q> & z.infer<typeof formatQuery>;
    const rows = (await spec.load(query, request.actor)).map((row) => spec.item.parse(row) as object);
    return sendAttachment(reply, await listFile(rows, columnsAt(leafPaths(spec.item)), query.format, spec.name));
  });
}
