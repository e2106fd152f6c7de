// Accounts (admins) and password reset by one-time token (public: the answer never says
// whether an account exists).
import { z } from 'zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { createMailer } from '../mail/mailer.ts';
import { addUser } from '../services/add-user.ts';
import { listAccounts } from '../services/list-users.ts';
import { limitResetRequests, requestPasswordReset } from '../services/request-password-reset.ts';
import { resetPassword } from '../services/reset-password.ts';
import { editUser } from '../services/update-user.ts';
import { afterResponseQueue } from './after-response.ts';
import type { RoutesPlugin } from './route-deps.ts';
import { idParams, newUserBody, userPatch, userView } from './tracking.schema.ts';

export const userRoutes: RoutesPlugin = async (app, { deps }) => {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.database.db;
  const mailer = createMailer(deps.config.smtpUrl);
  const afterResponse = afterResponseQueue(app);

  r.get('/api/users', { schema: { tags: ['users'], summary: 'Every account (admins)', response: { 200: z.array(userView) } } }, (request) => listAccounts(db, request.actor));

  r.post('/api/users', {
    schema: {
      tags: ['users'],
      summary: 'Add an account (admins), with an initial password or by mailing the user a link to choose one',
      description: 'Without `password`, the account is stored and the user mailed a one-time link; 400 when mail is not set up, 503 when the mail could not be sent (the account exists: the user can ask for a reset).',
      body: newUserBody,
      response: { 201: z.object({ id: z.string() }) },
    },
  }, async (request, reply) => reply.status(201).send(await addUser(db, request.actor, request.body, { mailer, publicUrl: deps.config.publicUrl })));

  r.patch('/api/users/:id', {
    schema: {
      tags: ['users'],
      summary: 'Change an account: name, role, organisation, institution, language, disabled (admins; 409 on a stale version)',
      description: 'Disabling ends the account\'s sessions. The last active administrator can be neither demoted nor disabled (409, `details.reason` "last-admin").',
      params: idParams,
      body: userPatch,
      response: { 200: userView },
    },
  }, (request) => editUser(db, request.actor, request.params.id, request.body));

  r.post('/api/auth/password-reset/request', {
    schema: {
      tags: ['auth'],
      summary: 'Mail a one-time reset code to the account of this email (when mail is set up); 202 whether or not it exists, 429 when this address asked too often',
      security: [],
      body: z.object({ email: z.string().min(3).max(320) }),
      response: { 202: z.object({ accepted: z.literal(true) }) },
    },
  }, async (request, reply) => {
    await limitResetRequests(db, request.ip);
    // Looking the account up and mailing it happen after the answer, whose time is then the same for every email.
    const { email } = request.body;
    afterResponse(request, 'password-reset', () => requestPasswordReset(db, request.actor, { email, mailer, publicUrl: deps.config.publicUrl }));
    return reply.status(202).send({ accepted: true as const });
  });

  r.post('/api/auth/password-reset', {
    schema: {
      tags: ['auth'],
      summary: 'Set a new password with a one-time reset code; ends every session of the account',
      security: [],
      body: z.object({ token: z.string().min(10).max(200), password: z.string().max(1024) }),
      response: { 204: z.null() },
    },
  }, async (request, reply) => {
    await resetPassword(db, request.actor, request.body.token, request.body.password);
    return reply.status(204).send(null);
  });
};
