// Organisations (assessors, monitors, contributors' organisations) and institutions.
import { z } from 'zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { createInstitution, readInstitutions } from '../services/manage-institution.ts';
import { createOrganisation, readOrganisations, updateOrganisationDetails } from '../services/manage-organisation.ts';
import type { RoutesPlugin } from './route-deps.ts';
import { idParams, institutionView, newInstitutionBody, newOrganisationBody, organisationPatch, organisationView } from './tracking.schema.ts';

export const organisationRoutes: RoutesPlugin = async (app, { deps }) => {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.database.db;

  r.get('/api/organisations', { schema: { tags: ['organisations'], summary: 'Every organisation', response: { 200: z.array(organisationView) } } }, (request) =>
    readOrganisations(db, request.actor),
  );

  r.post('/api/organisations', {
    schema: { tags: ['organisations'], summary: 'Add an organisation (trusted: its assessments skip moderation)', body: newOrganisationBody, response: { 201: organisationView } },
  }, async (request, reply) => reply.status(201).send(await createOrganisation(db, request.actor, request.body)));

  r.patch('/api/organisations/:id', {
    schema: { tags: ['organisations'], summary: 'Rename an organisation or change its trusted flag (409 on a stale version)', params: idParams, body: organisationPatch, response: { 200: organisationView } },
  }, (request) => updateOrganisationDetails(db, request.actor, request.params.id, request.body));

  r.get('/api/institutions', { schema: { tags: ['institutions'], summary: 'Every institution', response: { 200: z.array(institutionView) } } }, (request) =>
    readInstitutions(db, request.actor),
  );

  r.post('/api/institutions', {
    schema: { tags: ['institutions'], summary: 'Add an institution', body: newInstitutionBody, response: { 201: institutionView } },
  }, async (request, reply) => reply.status(201).send(await createInstitution(db, request.actor, request.body)));
};
