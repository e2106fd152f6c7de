import { z } from 'zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ROLES } from '../../contracts/enums.ts';
import { LANGUAGES } from '../../contracts/languages.ts';
import { actionsOfRole, POLICY_ACTIONS } from '../policies/can.ts';
import { login, SESSION_TTL_MS } from '../services/login.ts';
import { logout } from '../services/logout.ts';
import { setOwnLanguage } from '../services/set-user-language.ts';
import { SESSION_COOKIE } from './auth.plugin.ts';
import type { RoutesPlugin } from './route-deps.ts';

const meSchema = z.object({
  user: z
    .object({
      id: z.string(),
      email: z.string(),
      role: z.enum(ROLES),
      organisationId: z.string().nullable(),
      institutionId: z.string().nullable(),
      language: z.enum(LANGUAGES).describe('The language of the interface and of reminder mails'),
      /** What the role may do on some resources (the server still checks each request). */
      permissions: z.array(z.enum(POLICY_ACTIONS)),
    })
    .nullable(),
  csrfToken: z.string().nullable(),
});

export const authRoutes: RoutesPlugin = async (app, { deps }) => {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.database.db;

  r.post('/api/auth/login', {
    schema: {
      tags: ['auth'],
      summary: 'Sign in with email and password; sets the session cookie and returns the CSRF token',
      security: [],
      body: z.object({ email: z.string().min(3).max(320), password: z.string().min(1).max(1024) }),
      response: { 200: z.object({ csrfToken: z.string(), userId: z.string() }) },
    },
  }, async (request, reply) => {
    const result = await login(db, request.body.email, request.body.password, request.ip);
    void reply.setCookie(SESSION_COOKIE, result.token, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: request.protocol === 'https',
      maxAge: SESSION_TTL_MS / 1000,
    });
    return { csrfToken: result.csrfToken, userId: result.userId };
  });

  r.post('/api/auth/logout', {
    schema: { tags: ['auth'], summary: 'End the session', response: { 204: z.null() } },
  }, async (request, reply) => {
    await logout(db, request.actor);
    void reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.status(204).send(null);
  });

  r.get('/api/auth/me', {
    schema: { tags: ['auth'], summary: 'The signed-in user, or null', security: [], response: { 200: meSchema } },
  }, (request) => {
    const a = request.actor;
    if (a.kind !== 'user') return { user: null, csrfToken: null };
    return { user: { id: a.id, email: a.email, role: a.role, organisationId: a.organisationId, institutionId: a.institutionId, language: a.language, permissions: actionsOfRole(a.role) }, csrfToken: request.csrfToken };
  });

  r.put('/api/auth/me/language', {
    schema: {
      tags: ['auth'],
      summary: 'Keep this language with my account: the web app comes up in it and my reminder mails are written in it',
      body: z.object({ language: z.enum(LANGUAGES) }),
      response: { 204: z.null() },
    },
  }, async (request, reply) => {
    await setOwnLanguage(db, request.actor, request.body.language);
    return reply.status(204).send(null);
  });
};
