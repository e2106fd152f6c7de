import { z } from 'zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { RoutesPlugin } from './route-deps.ts';
import { checkHealth } from '../services/check-health.ts';

export const healthRoutes: RoutesPlugin = async (app, { deps }) => {
  app.withTypeProvider<ZodTypeProvider>().get('/api/health', {
    schema: {
      tags: ['system'],
      summary: 'Liveness and database check',
      security: [],
      response: { 200: z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']) }) },
    },
  }, async () => checkHealth(deps.database));
};
