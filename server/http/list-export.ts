// Every list of the API can be downloaded: `GET <list>/export?format=csv|xlsx|json` takes
// the list's own filters and answers the same records, as the same audience sees them, as
// a file. Columns follow the records (nested fields flattened to dotted names).
import type { FastifyBaseLogger, FastifyInstance, FastifyReply, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { LIST_FORMATS } from '../../contracts/reports.ts';
import { columnsOf, listFile, type ListFile } from '../reports/index.ts';
import type { Actor } from '../services/actor.ts';

type Router = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, ZodTypeProvider>;

export const formatQuery = z.object({ format: z.enum(LIST_FORMATS).describe('csv, xlsx or json') });

/** Sends a list file as an attachment. */
export function sendListFile(reply: FastifyReply, file: ListFile): FastifyReply {
  return reply.type(file.mediaType).header('content-disposition', `attachment; filename="${file.fileName}"`).send(file.bytes);
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
    const rows = await spec.load(query, request.actor);
    return sendListFile(reply, await listFile(rows, columnsOf(rows), query.format, spec.name));
  });
}
