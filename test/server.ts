// createTestServer(): the real Fastify app over a fresh test database, driven in-process
// with app.inject(); plus helpers to sign in as a given role.
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Role } from '../contracts/enums.ts';
import { buildApp } from '../server/http/app.ts';
import { ensureReferenceData } from '../server/services/ensure-reference-data.ts';
import { createTestDb, type TestDb } from './db.ts';
import { buildUser } from './factories.ts';
import { SHARED_DIR } from './shared.ts';

export interface TestServer {
  app: FastifyInstance;
  t: TestDb;
  close(): Promise<void>;
}

/** `smtpUrl` and `publicUrl` configure mail as SMTP_URL and LANDMARK_PUBLIC_URL would. */
export async function createTestServer(opts: { smtpUrl?: string; publicUrl?: string } = {}): Promise<TestServer> {
  const t = await createTestDb();
  await ensureReferenceData(t.db, SHARED_DIR);
  const app = await buildApp({ database: t, config: { logLevel: 'silent', smtpUrl: opts.smtpUrl, publicUrl: opts.publicUrl }, webDir: '/nonexistent' });
  return {
    app,
    t,
    async close() {
      await app.close();
      await t.close();
    },
  };
}

/** A signed-in client: cookie and CSRF header on every request. */
export interface Client {
  /** A body that is a string or Buffer is sent as is (give its content-type in `headers`); anything else as JSON. */
  request(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, body?: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
}

function payload(body: unknown): { payload?: string | Buffer | Record<string, unknown> } {
  if (body === undefined) return {};
  if (typeof body === 'string' || Buffer.isBuffer(body)) return { payload: body };
  return { payload: body as Record<string, unknown> };
}

export function anonymous(app: FastifyInstance): Client {
  return {
    request: (method, url, body, headers) => app.inject({ method, url, ...(headers ? { headers } : {}), ...payload(body) }),
  };
}

export async function signIn(app: FastifyInstance, email: string, password: string): Promise<Client> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
  if (res.statusCode !== 200) throw new Error(`login failed: ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'landmark_session');
  const { csrfToken } = res.json<{ csrfToken: string }>();
  if (!cookie) throw new Error('no session cookie');
  return {
    request: (method, url, body, headers) =>
      app.inject({
        method,
        url,
        cookies: { landmark_session: cookie.value },
        headers: { ...headers, 'x-csrf-token': csrfToken },
        ...payload(body),
      }),
  };
}

/** A client signed in as a new user of `role`. */
export async function signInNewUser(s: TestServer, role: Role): Promise<Client> {
  const user = await buildUser(s.t.db, role);
  return signIn(s.app, user.email, user.password);
}
