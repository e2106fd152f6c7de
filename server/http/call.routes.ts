// Calls for input: public to read and to answer; submissions are moderated and their
// submitters' identities are confidential by default.
import { z } from 'zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { CallRow } from '../repositories/call.repository.ts';
import { closeCall } from '../services/close-call.ts';
import { moderateSubmission } from '../services/moderate-submission.ts';
import { openCall } from '../services/open-call.ts';
import { readCall, readCalls } from '../services/read-calls.ts';
import { readSubmissions } from '../services/read-submissions.ts';
import { submitInput } from '../services/submit-input.ts';
import { listExportRoute } from './list-export.ts';
import type { RoutesPlugin } from './route-deps.ts';
import { callView, idParams, moderationBody, newCallBody, newSubmissionBody, submissionView, versionBody } from './tracking.schema.ts';

const present = (c: CallRow) => ({ ...c, deadline: c.deadline.toISOString() });

const callQuery = z.object({ status: z.enum(['open', 'closed']).optional() });

export const callRoutes: RoutesPlugin = async (app, { deps }) => {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.database.db;

  r.get('/api/calls', {
    schema: { tags: ['calls'], summary: 'Calls for input', security: [], querystring: callQuery, response: { 200: z.array(callView) } },
  }, async (request) => (await readCalls(db, request.query)).map(present));
  listExportRoute(r, { url: '/api/calls', tags: ['calls'], what: 'Calls for input', name: 'calls', isPublic: true, querystring: callQuery, item: callView, load: async (query) => (await readCalls(db, query)).map(present) });

  r.get('/api/calls/:id', { schema: { tags: ['calls'], summary: 'One call for input', security: [], params: idParams, response: { 200: callView } } }, async (request) =>
    present(await readCall(db, request.params.id)),
  );

  r.post('/api/calls', {
    schema: { tags: ['calls'], summary: 'Open a call for input on benchmarks, with a deadline', body: newCallBody, response: { 201: callView } },
  }, async (request, reply) => reply.status(201).send(present(await openCall(db, request.actor, { ...request.body, deadline: new Date(request.body.deadline) }))));

  r.post('/api/calls/:id/close', {
    schema: { tags: ['calls'], summary: 'Close a call for input (409 on a stale version)', params: idParams, body: versionBody, response: { 200: callView } },
  }, async (request) => present(await closeCall(db, request.actor, request.params.id, request.body.version)));

  r.post('/api/calls/:id/submissions', {
    schema: {
      tags: ['calls'],
      summary: 'Answer a call for input (anyone; the identity is kept confidential unless identityConfidential is false)',
      security: [],
      params: idParams,
      body: newSubmissionBody,
      response: { 201: submissionView },
    },
  }, async (request, reply) => reply.status(201).send(await submitInput(db, request.actor, request.params.id, request.body)));

  r.get('/api/calls/:id/submissions', {
    schema: { tags: ['calls'], summary: "A call's submissions (identities for cleared roles only, audited)", params: idParams, response: { 200: z.array(submissionView) } },
  }, (request) => readSubmissions(db, request.actor, request.params.id));

  r.post('/api/submissions/:id/moderation', {
    schema: {
      tags: ['calls'],
      summary: 'Approve or reject a submission (approved ones can be attached to assessments as evidence)',
      params: idParams,
      body: moderationBody,
      response: { 200: z.object({ id: z.string(), state: z.enum(['approved', 'rejected']) }) },
    },
  }, (request) => moderateSubmission(db, request.actor, request.params.id, request.body.decision));
};
