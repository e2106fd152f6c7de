import { z } from 'zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { REPORT_KINDS, reportQuerySchema } from '../../contracts/report-requests.ts';
import { renderReport } from '../services/render-report.ts';
import { acceptedLang } from './accept-language.ts';
import { sendAttachment } from './list-export.ts';
import type { RoutesPlugin } from './route-deps.ts';

export const reportRoutes: RoutesPlugin = async (app, { deps }) => {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.database.db;

  r.get('/api/reports/:kind', {
    schema: {
      tags: ['reports'],
      summary: 'A report as a file: the benchmark scorecard (docx, pdf), the UPR mid-term report (docx), the thematic matrix (xlsx, docx) or the progress brief (docx, pdf)',
      description:
        'Public: anonymous callers get the public report (published items only, no confidential evidence); signed-in users get everything ' +
        'not discarded, and roles cleared for it the confidential evidence too (that read is audited). Fixed texts in `lang`, else in the best ' +
        'language of Accept-Language among en, fr, es, km.',
      security: [],
      params: z.object({ kind: z.enum(REPORT_KINDS) }),
      querystring: reportQuerySchema.extend({ public: z.enum(['true', 'false']).optional().describe('`true` makes the public report whoever asks') }),
    },
  }, async (request, reply) => {
    const { public: publicOnly, ...query } = request.query;
    const lang = query.lang ?? acceptedLang(request.headers['accept-language']) ?? 'en';
    const file = await renderReport(db, request.actor, request.params.kind, { ...query, lang, publicOnly: publicOnly === 'true' });
    reply
      .header('content-language', lang)
      .header('cache-control', file.audience === 'public' ? 'public, max-age=60' : 'private, no-store')
      .header('vary', 'Cookie, Accept-Language');
    return sendAttachment(reply, file);
  });
};
