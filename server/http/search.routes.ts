import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { normaliseSearchQuery, searchQuerySchema, searchResultSchema } from '../../contracts/search.ts';
import { exportSearch } from '../services/export-search.ts';
import { searchRecommendations } from '../services/search-recommendations.ts';
import { langQuery, namesLanguage } from './accept-language.ts';
import { formatQuery, sendAttachment } from './list-export.ts';
import type { RoutesPlugin } from './route-deps.ts';

export const searchRoutes: RoutesPlugin = async (app, { deps }) => {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.database.db;

  r.get('/api/search', {
    schema: {
      tags: ['search'],
      summary: 'Full-text and faceted search over published recommendations and documents',
      description:
        'Words are stemmed (English); `"a phrase"` in quotes, `word*` for a prefix, `-word` to exclude, `or` between alternatives. ' +
        'Each facet parameter may repeat; values within a facet are alternatives, facets combine. Facet counts cover the whole result set. ' +
        'Facet values are codes and ids, the same in every language; their labels and the names of States are in `lang` (or Accept-Language).',
      security: [],
      querystring: searchQuerySchema.extend(langQuery.shape),
      response: { 200: searchResultSchema },
    },
  }, async (request, reply) => searchRecommendations(db, normaliseSearchQuery(request.query), namesLanguage(request, reply)));

  r.get('/api/search/export', {
    schema: {
      tags: ['search'],
      summary: 'The whole result set of a search (same parameters) as CSV, XLSX or JSON, up to 50,000 rows',
      description: 'States are named in `lang` (or Accept-Language), as the search names them.',
      security: [],
      querystring: searchQuerySchema.extend(formatQuery.shape).extend(langQuery.shape),
    },
  }, async (request, reply) => sendAttachment(reply, await exportSearch(db, normaliseSearchQuery(request.query), request.query.format, namesLanguage(request, reply))));
};
