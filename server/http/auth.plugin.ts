// Resolves the actor of every request from its session cookie, and enforces the rule of
// the OpenAPI document: an operation whose schema says `security: []` is public, every
// other one needs a session (401 otherwise). Mutating requests made with a session must
// carry the session's CSRF token in `x-csrf-token`.
import fp from 'fastify-plugin';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../errors.ts';
import type { Db } from '../db/handle.ts';
import { ANONYMOUS, type Actor } from '../services/actor.ts';
import { resolveSession } from '../services/resolve-session.ts';

export const SESSION_COOKIE = 'landmark_session';
const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor;
    csrfToken: string | null;
  }
}

export function isPublicRoute(request: FastifyRequest): boolean {
  const security = (request.routeOptions.schema as { security?: unknown[] } | undefined)?.security;
  return Array.isArray(security) && security.length === 0;
}

export const authPlugin = fp(async (app: FastifyInstance, opts: { db: Db }) => {
  app.decorateRequest('actor', null as never);
  app.decorateRequest('csrfToken', null);
  app.addHook('onRequest', async (request) => {
    request.actor = ANONYMOUS;
    const token = request.cookies[SESSION_COOKIE];
    if (token) {
      const session = await resolveSession(opts.db, token);
      if (session) {
        request.actor = session.actor;
        request.csrfToken = session.csrfToken;
      }
    }
    const route = request.routeOptions.url;
    // The browsable documentation (swagger-ui's own routes) is public like the document it shows.
    if (!request.url.startsWith('/api/') || !route || route.startsWith('/api/docs')) return;
    if (request.actor.kind === 'anonymous' && !isPublicRoute(request)) {
      throw new AppError('unauthenticated', 'sign in to do this');
    }
    if (request.actor.kind === 'user' && MUTATING.has(request.method) && request.headers['x-csrf-token'] !== request.csrfToken) {
      throw new AppError('forbidden', 'missing or wrong x-csrf-token header');
    }
  });
});
