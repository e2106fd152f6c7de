// Benchmarks a monitor derives itself: create one, change it under its version, and add or
// remove the recommendations it rests on. Reading them is in records.routes.ts.
import { z } from 'zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { benchmarkPatch, benchmarkRecordSchema, benchmarkSourceBody, benchmarkSourceSchema, newBenchmarkBody } from '../../contracts/benchmarks.ts';
import { addSourceToBenchmark } from '../services/add-benchmark-source.ts';
import { createBenchmark } from '../services/create-benchmark.ts';
import { removeSourceFromBenchmark } from '../services/remove-benchmark-source.ts';
import { editBenchmark } from '../services/update-benchmark.ts';
import type { RoutesPlugin } from './route-deps.ts';

const idParams = z.object({ id: z.uuid() });
const sourceParams = z.object({ id: z.uuid(), recommendationId: z.uuid() });
const WHO = 'Admins and coordinators.';

export const benchmarkRoutes: RoutesPlugin = async (app, { deps }) => {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.database.db;

  r.post('/api/benchmarks', {
    schema: {
      tags: ['benchmarks'],
      summary: 'Derive a benchmark: a monitor\'s own code, title and timeframe (the recommendations it rests on are added after)',
      description: `${WHO} 409 naming \`code\` or \`number\` when another benchmark of the monitor has it.`,
      body: newBenchmarkBody,
      response: { 201: benchmarkRecordSchema },
    },
  }, async (request, reply) => reply.status(201).send(await createBenchmark(db, request.actor, request.body)));

  r.patch('/api/benchmarks/:id', {
    schema: {
      tags: ['benchmarks'],
      summary: 'Change a benchmark\'s code, number, title, timeframe or state; send the version you read (409 with the current record when stale)',
      description: WHO,
      params: idParams,
      body: benchmarkPatch,
      response: { 200: benchmarkRecordSchema },
    },
  }, async (request) => editBenchmark(db, request.actor, request.params.id, request.body));

  r.post('/api/benchmarks/:id/sources', {
    schema: {
      tags: ['benchmarks'],
      summary: 'Add a published recommendation the benchmark rests on (origin `manual`)',
      description: `${WHO} 400 naming \`recommendationId\` when it is no published recommendation, 409 when the benchmark already rests on it. GET /api/benchmarks/{id}/related proposes some.`,
      params: idParams,
      body: benchmarkSourceBody,
      response: { 201: benchmarkSourceSchema },
    },
  }, async (request, reply) => reply.status(201).send(await addSourceToBenchmark(db, request.actor, request.params.id, request.body.recommendationId)));

  r.delete('/api/benchmarks/:id/sources/:recommendationId', {
    schema: {
      tags: ['benchmarks'],
      summary: 'Remove a recommendation from those the benchmark rests on, whether a report cited it or someone added it',
      description: `${WHO} 404 naming \`recommendationId\` when the benchmark does not rest on it.`,
      params: sourceParams,
      response: { 204: z.null() },
    },
  }, async (request, reply) => {
    await removeSourceFromBenchmark(db, request.actor, request.params.id, request.params.recommendationId);
    return reply.status(204).send(null);
  });
};
