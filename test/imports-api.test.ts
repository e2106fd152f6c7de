// POST /api/imports and GET /api/jobs/:id, through the HTTP layer.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../server/passwords.ts';
import { insertUser } from '../server/repositories/user.repository.ts';
import { runJobNow } from '../server/services/run-job-now.ts';
import { createTestServer, signIn, type Client, type TestServer } from './server.ts';
import { seedPath } from './shared.ts';

function multipart(files: { name: string; bytes: Uint8Array }[], fields: Record<string, string>): { body: Buffer; contentType: string } {
  const boundary = `----landmark${Date.now()}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  }
  for (const f of files) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${f.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`));
    parts.push(Buffer.from(f.bytes), Buffer.from('\r\n'));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

describe('import through the API', () => {
  let s: TestServer;
  let coordinator: Client;
  let viewer: Client;
  let cookies: { coordinator: string; csrf: string };

  beforeAll(async () => {
    s = await createTestServer();
    const passwordHash = await hashPassword('correct horse battery');
    await insertUser(s.t.db, { email: 'coord@example.org', name: 'Coordinator', role: 'coordinator', passwordHash, organisationId: null, institutionId: null });
    await insertUser(s.t.db, { email: 'viewer@example.org', name: 'Viewer', role: 'viewer', passwordHash, organisationId: null, institutionId: null });
    coordinator = await signIn(s.app, 'coord@example.org', 'correct horse battery');
    viewer = await signIn(s.app, 'viewer@example.org', 'correct horse battery');
    const login = await s.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'coord@example.org', password: 'correct horse battery' } });
    cookies = { coordinator: login.cookies.find((c) => c.name === 'landmark_session')!.value, csrf: login.json<{ csrfToken: string }>().csrfToken };
  });
  afterAll(async () => s.close());

  it('queues an upload as a job that imports it, with progress and result', async () => {
    const { body, contentType } = multipart([{ name: '002.txt', bytes: new Uint8Array(readFileSync(seedPath('002'))) }], { publish: 'true' });
    const res = await s.app.inject({
      method: 'POST',
      url: '/api/imports',
      payload: body,
      headers: { 'content-type': contentType, 'x-csrf-token': cookies.csrf },
      cookies: { landmark_session: cookies.coordinator },
    });
    expect(res.statusCode).toBe(202);
    const { job } = res.json<{ job: string }>();
    await runJobNow(s.t.db, job, () => undefined);
    const status = await coordinator.request('GET', `/api/jobs/${job}`);
    expect(status.statusCode).toBe(200);
    const j = status.json<{ status: string; result: { ok: boolean; outcome: { counts: { recommendations: number } } }[] }>();
    expect(j.status).toBe('succeeded');
    expect(j.result[0]?.outcome.counts.recommendations).toBe(13);
  });

  it('refuses uploads from a viewer (403) and without CSRF token (403)', async () => {
    const { body, contentType } = multipart([{ name: 'x.txt', bytes: new TextEncoder().encode('x') }], {});
    const asViewer = await viewer.request('POST', '/api/imports');
    expect([400, 403]).toContain(asViewer.statusCode);
    const noCsrf = await s.app.inject({ method: 'POST', url: '/api/imports', payload: body, headers: { 'content-type': contentType }, cookies: { landmark_session: cookies.coordinator } });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json<{ error: { code: string } }>().error.code).toBe('forbidden');
  });

  it('answers 401 to anonymous uploads', async () => {
    const res = await s.app.inject({ method: 'POST', url: '/api/imports' });
    expect(res.statusCode).toBe(401);
  });
});
