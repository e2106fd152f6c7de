// Indicators and their values over time.
import { z } from 'zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { computeIndicatorValue } from '../services/compute-indicator-value.ts';
import { createIndicator } from '../services/create-indicator.ts';
import { readIndicator, readIndicators } from '../services/read-indicators.ts';
import { recordIndicatorValue } from '../services/record-indicator-value.ts';
import { editIndicator } from '../services/update-indicator.ts';
import { listExportRoute } from './list-export.ts';
import type { RoutesPlugin } from './route-deps.ts';
import { computedIndicatorValueBody, idParams, indicatorPatch, indicatorValueView, indicatorView, newIndicatorBody, newIndicatorValueBody } from './tracking.schema.ts';

const indicatorQuery = z.object({ benchmarkId: z.uuid().optional() });

export const indicatorRoutes: RoutesPlugin = async (app, { deps }) => {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.database.db;

  r.get('/api/indicators', {
    schema: { tags: ['indicators'], summary: 'Indicators with their values', querystring: indicatorQuery, response: { 200: z.array(indicatorView) } },
  }, (request) => readIndicators(db, request.actor, request.query));
  listExportRoute(r, { url: '/api/indicators', tags: ['indicators'], what: 'Indicators with their values', name: 'indicators', querystring: indicatorQuery, item: indicatorView, load: (query, actor) => readIndicators(db, actor, query) });

  r.get('/api/indicators/:id', { schema: { tags: ['indicators'], summary: 'One indicator with its values', params: idParams, response: { 200: indicatorView } } }, (request) =>
    readIndicator(db, request.actor, request.params.id),
  );

  r.post('/api/indicators', {
    schema: { tags: ['indicators'], summary: 'Define an indicator linked to benchmarks and recommendations', body: newIndicatorBody, response: { 201: indicatorView } },
  }, async (request, reply) => reply.status(201).send(await createIndicator(db, request.actor, request.body)));

  r.patch('/api/indicators/:id', {
    schema: { tags: ['indicators'], summary: 'Edit an indicator; send the version you read (409 when stale)', params: idParams, body: indicatorPatch, response: { 200: indicatorView } },
  }, (request) => editIndicator(db, request.actor, request.params.id, request.body));

  r.post('/api/indicators/:id/values', {
    schema: { tags: ['indicators'], summary: 'Record a value with its date and source', params: idParams, body: newIndicatorValueBody, response: { 201: indicatorValueView } },
  }, async (request, reply) => reply.status(201).send(await recordIndicatorValue(db, request.actor, request.params.id, request.body)));

  r.post('/api/indicators/:id/values/from-cases', {
    schema: {
      tags: ['indicators'],
      summary: 'Compute a case-count indicator\'s value on a day from the case register, and record it',
      description: 'The value is the count GET /api/case-counts gives for that day and the indicator\'s measure, category and sex; its source is the case register. 400 when the indicator is not a case count.',
      params: idParams,
      body: computedIndicatorValueBody,
      response: { 201: indicatorValueView },
    },
  }, async (request, reply) => reply.status(201).send(await computeIndicatorValue(db, request.actor, request.params.id, request.body.on)));
};
