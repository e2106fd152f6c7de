// Tagging: classify texts, confirm or reject a recommendation's tags, and the related
// recommendations of a recommendation or a benchmark (public for published items).
import { z } from 'zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  classifyBodySchema,
  decideTagBodySchema,
  predictionSchema,
  relatedQuerySchema,
  relatedToBenchmarkSchema,
  relatedToRecommendationSchema,
  tagSchema,
} from '../../contracts/tagging.ts';
import { classifyTexts } from '../services/classify-texts.ts';
import { decideRecommendationTag } from '../services/decide-tag.ts';
import { findRelatedRecommendations } from '../services/find-related-recommendations.ts';
import { proposeBenchmarkSources } from '../services/propose-benchmark-sources.ts';
import { langQuery, namesLanguage } from './accept-language.ts';
import type { RoutesPlugin } from './route-deps.ts';

const idParams = z.object({ id: z.uuid() });
const PUBLIC_NOTE = 'Public for published items; the answer holds only published recommendations.';

export const taggingRoutes: RoutesPlugin = async (app, { deps }) => {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.database.db;

  r.post('/api/classify', {
    schema: {
      tags: ['tagging'],
      summary: 'Suggest labels for texts: one {labels, scores} per text, in order (as `landmark classify --jsonl`)',
      body: classifyBodySchema,
      response: { 200: z.array(predictionSchema) },
    },
  }, async (request) => classifyTexts(request.actor, request.body.texts, request.body.taxonomy));

  r.post('/api/recommendations/:id/tags', {
    schema: {
      tags: ['tagging'],
      summary: 'Confirm or reject one tag of a recommendation (coordinators and admins); later suggestions never overwrite the decision',
      description: 'The tag answered has its label in `lang` (or Accept-Language); the audit trail keeps the English one.',
      params: idParams,
      querystring: langQuery,
      body: decideTagBodySchema,
      response: { 200: tagSchema },
    },
  }, async (request, reply) => decideRecommendationTag(db, request.actor, request.params.id, request.body, namesLanguage(request, reply)));

  r.get('/api/recommendations/:id/related', {
    schema: {
      tags: ['tagging'],
      summary: 'The nearest recommendations across mechanisms and cycles, with a score',
      description: PUBLIC_NOTE,
      security: [],
      params: idParams,
      querystring: relatedQuerySchema,
      response: { 200: relatedToRecommendationSchema },
    },
  }, async (request) => findRelatedRecommendations(db, request.actor, request.params.id, request.query));

  r.get('/api/benchmarks/:id/related', {
    schema: {
      tags: ['tagging'],
      summary: 'Recommendations the benchmark may rest on, by the similarity of their text to its wordings; those it rests on are flagged',
      description: PUBLIC_NOTE,
      security: [],
      params: idParams,
      querystring: relatedQuerySchema,
      response: { 200: relatedToBenchmarkSchema },
    },
  }, async (request) => proposeBenchmarkSources(db, request.actor, request.params.id, request.query));
};
