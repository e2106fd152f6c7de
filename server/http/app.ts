// Builds the Fastify application: schemas (zod), OpenAPI, auth, routes, the web app.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from '../config.ts';
import type { Database } from '../db/connect.ts';
import { MAX_IMPORT_BYTES } from '../importers/index.ts';
import { authPlugin, SESSION_COOKIE } from './auth.plugin.ts';
import { errorBody, handleError } from './errors.ts';
import { ROUTES } from './routes.ts';

export type App = FastifyInstance;

export interface AppDeps {
  database: Database;
  config: Pick<Config, 'logLevel' | 'smtpUrl' | 'publicUrl'> & Partial<Pick<Config, 'caseRules'>>;
  /** Folder of the built web app; served at `/` when it exists. */
  webDir?: string;
  /** Called after a job is queued, to wake this process's worker. */
  onJobQueued?: () => void;
}

export const WEB_DIST = resolve(import.meta.dirname, '../../web/dist');

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: deps.config.logLevel, redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]'] },
    trustProxy: true,
    bodyLimit: 2 * 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);

  await app.register(cookie);
  await app.register(multipart, { limits: { fileSize: MAX_IMPORT_BYTES, files: 20 } });
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Landmark API',
        version: '0.1.0',
        description: 'Follow-up of human rights recommendations. Operations with `security: []` are public; every other one needs a session cookie, and mutating ones the x-csrf-token header.',
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  await app.register(authPlugin, { db: deps.database.db });

  for (const register of ROUTES) await app.register(register, { deps });

  app.get('/api/openapi.json', { schema: { hide: true, security: [] } }, () => app.swagger());

  const webDir = deps.webDir ?? WEB_DIST;
  if (existsSync(resolve(webDir, 'index.html'))) {
    await app.register(fastifyStatic, { root: webDir, wildcard: false, index: 'index.html' });
  }
  app.setNotFoundHandler((request, reply) => {
    if (request.method === 'GET' && !request.url.startsWith('/api/') && existsSync(resolve(webDir, 'index.html'))) {
      return reply.type('text/html').sendFile('index.html');
    }
    return reply.status(404).send(errorBody('not-found', `no route ${request.method} ${request.url.split('?')[0] ?? ''}`));
  });
  await app.ready();
  return app;
}
