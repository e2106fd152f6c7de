// Cases and trials: signed-in readers follow them (identities only for cleared roles, each
// read audited); the secretariat records them. Status and flags are computed for a day.
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { caseCountsSchema, caseDetailSchema, caseEventSchema, caseSummarySchema, DEFAULT_PRETRIAL_LIMIT_DAYS, DEFAULT_RELEASE_FRACTION, trialDetailSchema, trialSchema } from '../../contracts/cases.ts';
import { today } from '../cases/calendar.ts';
import type { CaseEvaluation } from '../presenters/case.presenter.ts';
import { addCaseEvent } from '../services/add-case-event.ts';
import { createCase } from '../services/create-case.ts';
import { createTrial } from '../services/create-trial.ts';
import { linkCaseEvidence } from '../services/link-case-evidence.ts';
import { readCase, readCaseCounts, readCaseFlags, readCases } from '../services/read-cases.ts';
import { readTrial, readTrials } from '../services/read-trials.ts';
import { editCase } from '../services/update-case.ts';
import { caseCountsQuery, caseListQuery, casePatch, evaluationQuery, linksBody, linksView, newCaseBody, newCaseEventBody, newTrialBody, trialListQuery } from './case.schema.ts';
import { listExportRoute } from './list-export.ts';
import type { RoutesPlugin } from './route-deps.ts';
import { idParams } from './tracking.schema.ts';

const RULES_NOTE = 'Status, days in pretrial detention and flags are computed for `on` (default today) under the rules given, or the server\'s (LANDMARK_PRETRIAL_LIMIT_DAYS, LANDMARK_RELEASE_FRACTION).';

export const caseRoutes: RoutesPlugin = async (app, { deps }) => {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.database.db;
  const configured = deps.config.caseRules ?? { pretrialLimitDays: DEFAULT_PRETRIAL_LIMIT_DAYS, releaseFraction: DEFAULT_RELEASE_FRACTION };
  const evaluation = (q: z.infer<typeof evaluationQuery>): CaseEvaluation => ({
    on: q.on ?? today(),
    rules: { pretrialLimitDays: q.pretrialLimitDays ?? configured.pretrialLimitDays, releaseFraction: q.releaseFraction ?? configured.releaseFraction },
  });

  r.get('/api/cases', {
    schema: { tags: ['cases'], summary: 'Cases with filters; status and flag filters apply to the day evaluated', description: RULES_NOTE, querystring: caseListQuery, response: { 200: z.array(caseSummarySchema) } },
  }, (request) => readCases(db, request.actor, request.query, evaluation(request.query)));
  listExportRoute(r, { url: '/api/cases', tags: ['cases'], what: 'Cases', name: 'cases', querystring: caseListQuery, item: caseSummarySchema, load: (query, actor) => readCases(db, actor, query, evaluation(query)) });

  r.get('/api/cases/:id', {
    schema: { tags: ['cases'], summary: 'One case with its timeline, status and flags', description: RULES_NOTE, params: idParams, querystring: evaluationQuery, response: { 200: caseDetailSchema } },
  }, (request) => readCase(db, request.actor, request.params.id, evaluation(request.query)));

  r.post('/api/cases', {
    schema: { tags: ['cases'], summary: 'Open a case (label public, identity confidential)', body: newCaseBody, response: { 201: caseDetailSchema } },
  }, async (request, reply) => reply.status(201).send(await createCase(db, request.actor, request.body, evaluation({}))));

  r.patch('/api/cases/:id', {
    schema: { tags: ['cases'], summary: 'Edit a case; send the version you read (409 when stale)', params: idParams, body: casePatch, response: { 200: caseDetailSchema } },
  }, (request) => editCase(db, request.actor, request.params.id, request.body, evaluation({})));

  r.post('/api/cases/:id/events', {
    schema: { tags: ['cases'], summary: 'Add a dated, sourced event to a case\'s timeline', params: idParams, body: newCaseEventBody, response: { 201: caseEventSchema } },
  }, async (request, reply) => reply.status(201).send(await addCaseEvent(db, request.actor, request.params.id, request.body)));

  r.post('/api/cases/:id/links', {
    schema: { tags: ['cases'], summary: 'Link a case to benchmarks and recommendations', params: idParams, body: linksBody, response: { 200: linksView } },
  }, (request) => linkCaseEvidence(db, request.actor, 'case', request.params.id, request.body));

  r.get('/api/case-counts', {
    schema: { tags: ['cases'], summary: 'Persons detained, convicted and released on a day, by category and sex (indicator values)', querystring: caseCountsQuery, response: { 200: caseCountsSchema } },
  }, (request) => readCaseCounts(db, request.actor, request.query, request.query.on ?? today()));

  r.get('/api/case-flags', {
    schema: { tags: ['cases'], summary: 'Cases with a flag on the day evaluated (cleared roles)', description: RULES_NOTE, querystring: evaluationQuery, response: { 200: z.array(caseSummarySchema) } },
  }, (request) => readCaseFlags(db, request.actor, evaluation(request.query)));

  r.get('/api/trials', {
    schema: { tags: ['cases'], summary: 'Trials with filters, latest verdict first', querystring: trialListQuery, response: { 200: z.array(trialSchema) } },
  }, (request) => readTrials(db, request.actor, request.query));
  listExportRoute(r, { url: '/api/trials', tags: ['cases'], what: 'Trials', name: 'trials', querystring: trialListQuery, item: trialSchema, load: (query, actor) => readTrials(db, actor, query) });

  r.get('/api/trials/:id', {
    schema: { tags: ['cases'], summary: 'One trial with the cases it groups', description: RULES_NOTE, params: idParams, querystring: evaluationQuery, response: { 200: trialDetailSchema } },
  }, (request) => readTrial(db, request.actor, request.params.id, evaluation(request.query)));

  r.post('/api/trials', {
    schema: { tags: ['cases'], summary: 'Record a trial that groups cases', body: newTrialBody, response: { 201: trialSchema } },
  }, async (request, reply) => reply.status(201).send(await createTrial(db, request.actor, request.body)));

  r.post('/api/trials/:id/links', {
    schema: { tags: ['cases'], summary: 'Link a trial to benchmarks and recommendations', params: idParams, body: linksBody, response: { 200: linksView } },
  }, (request) => linkCaseEvidence(db, request.actor, 'trial', request.params.id, request.body));
};
