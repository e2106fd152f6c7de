import { z } from 'zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { benchmarkDetailSchema, benchmarkSummarySchema, documentDetailSchema, documentSummarySchema, recommendationDetailSchema } from '../../contracts/records.ts';
import { getBenchmark } from '../services/get-benchmark.ts';
import { getDocument } from '../services/get-document.ts';
import { getRecommendation } from '../services/get-recommendation.ts';
import { listBenchmarks } from '../services/list-benchmarks.ts';
import { listDocuments } from '../services/list-documents.ts';
import { langQuery, namesLanguage } from './accept-language.ts';
import { listExportRoute } from './list-export.ts';
import type { RoutesPlugin } from './route-deps.ts';

const idParams = z.object({ id: z.uuid() });
const CONFIDENTIAL_NOTE = 'Confidential evidence is included only for cleared roles (admin, coordinator), and each such read is audited; for others `withheld` counts what was left out.';

export const recordsRoutes: RoutesPlugin = async (app, { deps }) => {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.database.db;

  r.get('/api/recommendations/:id', {
    schema: {
      tags: ['records'],
      summary: 'A published recommendation: source paragraph, related recommendations, benchmarks, follow-up and assessments',
      description: `${CONFIDENTIAL_NOTE} States and tags are named in \`lang\` (or Accept-Language).`,
      security: [],
      params: idParams,
      querystring: langQuery,
      response: { 200: recommendationDetailSchema },
    },
  }, async (request, reply) => getRecommendation(db, request.actor, request.params.id, namesLanguage(request, reply)));

  const benchmarkQuery = z.object({
    unassessedIn: z.uuid().optional().describe("A reporting period: only its monitor's benchmarks that have no assessment for it yet"),
    state: z.enum(['published', 'draft']).default('published').describe('`draft`: the benchmarks not yet published instead (signed-in readers only; 401 for others)'),
  });
  r.get('/api/benchmarks', {
    schema: { tags: ['records'], summary: 'Published benchmarks with their latest grade', security: [], querystring: benchmarkQuery, response: { 200: z.object({ items: z.array(benchmarkSummarySchema) }) } },
  }, async (request) => ({ items: await listBenchmarks(db, request.actor, request.query) }));
  listExportRoute(r, { url: '/api/benchmarks', tags: ['records'], what: 'Published benchmarks with their latest grade', name: 'benchmarks', isPublic: true, querystring: benchmarkQuery, item: benchmarkSummarySchema, load: (query, actor) => listBenchmarks(db, actor, query) });

  r.get('/api/benchmarks/:id', {
    schema: {
      tags: ['records'],
      summary: 'A benchmark: wording in each report (else its own title), sources, grades per period with evidence',
      description: `Published benchmarks for everyone, drafts for signed-in readers. ${CONFIDENTIAL_NOTE}`,
      security: [],
      params: idParams,
      response: { 200: benchmarkDetailSchema },
    },
  }, async (request) => getBenchmark(db, request.actor, request.params.id));

  r.get('/api/documents', {
    schema: { tags: ['records'], summary: 'Published documents, newest first', security: [], response: { 200: z.object({ items: z.array(documentSummarySchema) }) } },
  }, async () => ({ items: await listDocuments(db) }));
  listExportRoute(r, { url: '/api/documents', tags: ['records'], what: 'Published documents', name: 'documents', isPublic: true, querystring: z.object({}), item: documentSummarySchema, load: () => listDocuments(db) });

  r.get('/api/documents/:id', {
    schema: {
      tags: ['records'],
      summary: 'A published document with its paragraphs and published recommendations (first 2,000 of each)',
      security: [],
      params: idParams,
      response: { 200: documentDetailSchema },
    },
  }, async (request) => getDocument(db, request.params.id));
};
