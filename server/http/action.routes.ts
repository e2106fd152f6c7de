// Assignments (item → lead and supporting institutions) and actions.
import { z } from 'zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ACTION_STATUSES } from '../../contracts/tracking.ts';
import { assignInstitution, readAssignments } from '../services/assign-institution.ts';
import { createAction } from '../services/create-action.ts';
import { readAction, readActions } from '../services/read-actions.ts';
import { editAction } from '../services/update-action.ts';
import { listExportRoute } from './list-export.ts';
import type { RoutesPlugin } from './route-deps.ts';
import { actionPatch, actionView, assignmentView, idParams, newActionBody, newAssignmentBody } from './tracking.schema.ts';

const assignmentQuery = z.object({ institutionId: z.uuid().optional(), benchmarkId: z.uuid().optional(), recommendationId: z.uuid().optional() });
const actionQuery = z.object({
  institutionId: z.uuid().optional(),
  status: z.enum(ACTION_STATUSES).optional(),
  recommendationId: z.uuid().optional(),
  dueWithinDays: z.coerce.number().int().min(0).max(3650).optional(),
});

export const actionRoutes: RoutesPlugin = async (app, { deps }) => {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.database.db;

  r.get('/api/assignments', {
    schema: {
      tags: ['assignments'],
      summary: 'Assignments, by institution or item',
      querystring: assignmentQuery,
      response: { 200: z.array(assignmentView) },
    },
  }, (request) => readAssignments(db, request.actor, request.query));
  listExportRoute(r, { url: '/api/assignments', tags: ['assignments'], what: 'Assignments', name: 'assignments', querystring: assignmentQuery, item: assignmentView, load: (query, actor) => readAssignments(db, actor, query) });

  r.post('/api/assignments', {
    schema: { tags: ['assignments'], summary: 'Assign a recommendation, benchmark or cluster to an institution', body: newAssignmentBody, response: { 201: assignmentView } },
  }, async (request, reply) => reply.status(201).send(await assignInstitution(db, request.actor, request.body)));

  r.get('/api/actions', {
    schema: {
      tags: ['actions'],
      summary: 'Actions, with overdue and dueSoon computed',
      querystring: actionQuery,
      response: { 200: z.array(actionView) },
    },
  }, (request) => readActions(db, request.actor, request.query));
  listExportRoute(r, { url: '/api/actions', tags: ['actions'], what: 'Actions', name: 'actions', querystring: actionQuery, item: actionView, load: (query, actor) => readActions(db, actor, query) });

  r.get('/api/actions/:id', { schema: { tags: ['actions'], summary: 'One action', params: idParams, response: { 200: actionView } } }, (request) =>
    readAction(db, request.actor, request.params.id),
  );

  r.post('/api/actions', {
    schema: { tags: ['actions'], summary: 'Plan an action (a due date before the start date is refused)', body: newActionBody, response: { 201: actionView } },
  }, async (request, reply) => reply.status(201).send(await createAction(db, request.actor, request.body)));

  r.patch('/api/actions/:id', {
    schema: { tags: ['actions'], summary: 'Edit an action; send the version you read (409 with the current action when stale)', params: idParams, body: actionPatch, response: { 200: actionView } },
  }, (request) => editAction(db, request.actor, request.params.id, request.body));
};
