// Reporting periods and assessments. Reads are public (presenters decide what each
// audience sees); recording and moderating need a session.
import { z } from 'zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ASSESSABLE_ITEMS, ASSESSMENT_STATES } from '../../contracts/tracking.ts';
import { addPeriod } from '../services/add-period.ts';
import { compareGrades } from '../services/compare-grades.ts';
import { moderateAssessment } from '../services/moderate-assessment.ts';
import { readAssessment, readAssessments } from '../services/read-assessments.ts';
import { readPeriods } from '../services/read-periods.ts';
import { recordAssessment } from '../services/record-assessment.ts';
import { listExportRoute } from './list-export.ts';
import type { RoutesPlugin } from './route-deps.ts';
import { assessmentDetailView, assessmentView, gridView, idParams, moderationBody, newAssessmentBody, newPeriodBody, periodView } from './tracking.schema.ts';

const assessmentQuery = z.object({
  itemType: z.enum(ASSESSABLE_ITEMS).optional(),
  benchmarkId: z.uuid().optional(),
  recommendationId: z.uuid().optional(),
  itemKey: z.string().max(300).optional(),
  periodId: z.uuid().optional(),
  assessorId: z.uuid().optional(),
  state: z.enum(ASSESSMENT_STATES).optional(),
});

export const assessmentRoutes: RoutesPlugin = async (app, { deps }) => {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.database.db;

  r.get('/api/periods', {
    schema: { tags: ['assessments'], summary: 'Reporting periods, per monitor', security: [], querystring: z.object({ monitorId: z.uuid().optional() }), response: { 200: z.array(periodView) } },
  }, (request) => readPeriods(db, request.query.monitorId));

  r.post('/api/periods', {
    schema: { tags: ['assessments'], summary: 'Add a reporting period to a monitor', body: newPeriodBody, response: { 201: periodView } },
  }, async (request, reply) => reply.status(201).send(await addPeriod(db, request.actor, request.body)));

  r.get('/api/assessments', {
    schema: {
      tags: ['assessments'],
      summary: 'Assessments (the public sees published ones; lists never carry confidential evidence)',
      security: [],
      querystring: assessmentQuery,
      response: { 200: z.array(assessmentView) },
    },
  }, (request) => readAssessments(db, request.actor, request.query));
  listExportRoute(r, { url: '/api/assessments', tags: ['assessments'], what: 'Assessments', name: 'assessments', isPublic: true, querystring: assessmentQuery, item: assessmentView, load: (query, actor) => readAssessments(db, actor, query) });

  r.get('/api/assessments/grid', {
    schema: {
      tags: ['assessments'],
      summary: "All assessors' current grades of one item side by side per period, and each assessor's trend across periods",
      security: [],
      querystring: z.object({ itemType: z.enum(ASSESSABLE_ITEMS), itemId: z.string().min(1).max(300) }),
      response: { 200: gridView },
    },
  }, (request) => compareGrades(db, request.actor, request.query));

  r.get('/api/assessments/:id', {
    schema: {
      tags: ['assessments'],
      summary: 'One assessment with its earlier versions; confidential evidence only for cleared roles (audited)',
      security: [],
      params: idParams,
      response: { 200: assessmentDetailView },
    },
  }, (request) => readAssessment(db, request.actor, request.params.id));

  r.post('/api/assessments', {
    schema: {
      tags: ['assessments'],
      summary: 'Record an assessment, or a correction of one (supersedesId); contributors\u2019 wait for moderation unless their organisation is trusted',
      body: newAssessmentBody,
      response: { 201: assessmentView },
    },
  }, async (request, reply) => reply.status(201).send(await recordAssessment(db, request.actor, request.body)));

  r.post('/api/assessments/:id/moderation', {
    schema: {
      tags: ['assessments'],
      summary: 'Publish or reject a pending assessment',
      params: idParams,
      body: moderationBody,
      response: { 200: z.object({ id: z.string(), state: z.enum(['published', 'rejected']) }) },
    },
  }, (request) => moderateAssessment(db, request.actor, request.params.id, request.body.decision));
};
