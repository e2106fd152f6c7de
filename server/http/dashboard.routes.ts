import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { dashboardSchema } from '../../contracts/dashboard.ts';
import { getDashboard } from '../services/get-dashboard.ts';
import { langQuery, namesLanguage } from './accept-language.ts';
import type { RoutesPlugin } from './route-deps.ts';

export const dashboardRoutes: RoutesPlugin = async (app, { deps }) => {
  app.withTypeProvider<ZodTypeProvider>().get('/api/dashboard', {
    schema: {
      tags: ['dashboard'],
      summary: "Each monitor's scorecard for its latest period (with the change since the previous one) and totals over published recommendations",
      description: 'The totals by theme and by SDG name their terms in `lang` (or Accept-Language).',
      security: [],
      querystring: langQuery,
      response: { 200: dashboardSchema },
    },
  }, async (request, reply) => getDashboard(deps.database.db, namesLanguage(request, reply)));
};
