import { z } from 'zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { editRecommendationSchema, mergeRecommendationSchema, publishResultSchema, reviewDocumentSchema, reviewSummarySchema, splitRecommendationSchema } from '../../contracts/review.ts';
import { discardRecommendation } from '../services/discard-recommendation.ts';
import { editRecommendation } from '../services/edit-recommendation.ts';
import { getReview } from '../services/get-review.ts';
import { listReviews } from '../services/list-reviews.ts';
import { mergeRecommendations } from '../services/merge-recommendations.ts';
import { publishDocument } from '../services/publish-document.ts';
import { splitRecommendation } from '../services/split-recommendation.ts';
import { langQuery, namesLanguage } from './accept-language.ts';
import type { RoutesPlugin } from './route-deps.ts';

const idParams = z.object({ id: z.uuid() });
const ROLE_NOTE = 'Coordinators and admins only.';

export const reviewRoutes: RoutesPlugin = async (app, { deps }) => {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.database.db;

  r.get('/api/reviews', {
    schema: { tags: ['review'], summary: 'Imported documents waiting for review', description: ROLE_NOTE, response: { 200: z.object({ items: z.array(reviewSummarySchema) }) } },
  }, async (request) => ({ items: await listReviews(db, request.actor) }));

  r.get('/api/reviews/:id', {
    schema: {
      tags: ['review'],
      summary: 'An imported document: its text and everything extracted from it',
      description: `${ROLE_NOTE} States are named in \`lang\` (or Accept-Language).`,
      params: idParams,
      querystring: langQuery,
      response: { 200: reviewDocumentSchema },
    },
  }, async (request, reply) => getReview(db, request.actor, request.params.id, namesLanguage(request, reply)));

  r.patch('/api/reviews/recommendations/:id', {
    schema: { tags: ['review'], summary: 'Correct the text or number of a recommendation in review', description: ROLE_NOTE, params: idParams, body: editRecommendationSchema, response: { 204: z.null() } },
  }, async (request, reply) => {
    await editRecommendation(db, request.actor, request.params.id, request.body);
    return reply.status(204).send(null);
  });

  r.post('/api/reviews/recommendations/:id/merge', {
    schema: { tags: ['review'], summary: 'Append another recommendation of the same document to this one and discard it', description: ROLE_NOTE, params: idParams, body: mergeRecommendationSchema, response: { 204: z.null() } },
  }, async (request, reply) => {
    await mergeRecommendations(db, request.actor, request.params.id, request.body.with);
    return reply.status(204).send(null);
  });

  r.post('/api/reviews/recommendations/:id/split', {
    schema: { tags: ['review'], summary: 'Split a recommendation at a character offset; the second part becomes a new draft', description: ROLE_NOTE, params: idParams, body: splitRecommendationSchema, response: { 201: z.object({ id: z.string() }) } },
  }, async (request, reply) => reply.status(201).send({ id: await splitRecommendation(db, request.actor, request.params.id, request.body.at) }));

  r.post('/api/reviews/recommendations/:id/discard', {
    schema: { tags: ['review'], summary: 'Discard an extracted item that is not a recommendation', description: ROLE_NOTE, params: idParams, response: { 204: z.null() } },
  }, async (request, reply) => {
    await discardRecommendation(db, request.actor, request.params.id);
    return reply.status(204).send(null);
  });

  r.post('/api/reviews/recommendations/:id/restore', {
    schema: { tags: ['review'], summary: 'Bring a discarded item back to draft', description: ROLE_NOTE, params: idParams, response: { 204: z.null() } },
  }, async (request, reply) => {
    await discardRecommendation(db, request.actor, request.params.id, true);
    return reply.status(204).send(null);
  });

  r.post('/api/reviews/:id/publish', {
    schema: { tags: ['review'], summary: 'Publish the document and its reviewed items', description: ROLE_NOTE, params: idParams, response: { 200: publishResultSchema } },
  }, async (request) => publishDocument(db, request.actor, request.params.id));
};
