import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../server/config.ts';
import { startServer, type RunningServer } from '../server/main.ts';
import { createServerDatabase, onPostgres } from './db.ts';

describe('landmark serve on a random port', () => {
  let server: RunningServer;
  let dataDir: string;
  let drop: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'landmark-serve-'));
    let databaseUrl: string | undefined;
    if (onPostgres) {
      const created = await createServerDatabase();
      databaseUrl = created.url;
      drop = created.drop;
    }
    const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', LANDMARK_DATA_DIR: dataDir, LOG_LEVEL: 'silent', ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) });
    server = await startServer(config);
  });

  afterAll(async () => {
    await server.stop();
    await drop?.();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('answers /api/health with the database in use', async () => {
    const res = await fetch(`${server.url}/api/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', database: onPostgres ? 'postgres' : 'pglite' });
  });

  it('publishes an OpenAPI 3 document where every operation is public or needs a session', async () => {
    const doc = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as {
      openapi: string;
      security: unknown[];
      paths: Record<string, Record<string, { security?: unknown[] }>>;
    };
    expect(doc.openapi).toMatch(/^3\./);
    expect(doc.security).toEqual([{ session: [] }]);
    expect(doc.paths['/api/health']?.get?.security).toEqual([]);
    expect(doc.paths['/api/auth/logout']?.post?.security).toBeUndefined();
  });

  it('serves the browsable API documentation at /api/docs', async () => {
    const res = await fetch(`${server.url}/api/docs/`);
    expect(res.status).toBe(200);
    expect(await res.text()).toMatch(/swagger-ui/i);
  });

  it('answers unknown API routes with the one error shape', async () => {
    const res = await fetch(`${server.url}/api/nothing-here`);
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: 'not-found', message: 'no route GET /api/nothing-here' } });
  });

  it('refuses a protected operation without a session (401)', async () => {
    const res = await fetch(`${server.url}/api/auth/logout`, { method: 'POST' });
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('unauthenticated');
  });

  it('writes only under the data folder (PGlite)', async () => {
    if (onPostgres) return;
    const entries = await readdir(dataDir);
    expect(entries.sort()).toEqual(['landmark.lock', 'pgdata']);
  });
});
