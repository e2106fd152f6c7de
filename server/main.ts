// Starts Landmark: database (migrated), reference data, HTTP server, job worker.
import type { FastifyInstance } from 'fastify';
import type { Config } from './config.ts';
import { openDatabase, type Database } from './db/connect.ts';
import { buildApp } from './http/app.ts';
import { startWorker, type Worker } from './jobs/worker.ts';
import { ensureReferenceData } from './services/ensure-reference-data.ts';

export interface RunningServer {
  app: FastifyInstance;
  database: Database;
  url: string;
  worker: Worker;
  stop(): Promise<void>;
}

export async function startServer(config: Config, opts: { webDir?: string } = {}): Promise<RunningServer> {
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, command: 'serve' });
  try {
    await ensureReferenceData(database.db, config.sharedDir);
    let worker: Worker | null = null;
    const app = await buildApp({ database, config, ...(opts.webDir ? { webDir: opts.webDir } : {}), onJobQueued: () => worker?.poke() });
    await app.listen({ port: config.port, host: config.host });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const url = `http://localhost:${port}`;
    database.lock?.update({ url });
    worker = startWorker(database.db, { logger: app.log });
    const running = worker;
    let stopped = false;
    return {
      app,
      database,
      url,
      worker: running,
      async stop() {
        if (stopped) return;
        stopped = true;
        await running.stop();
        await app.close();
        await database.close();
      },
    };
  } catch (err) {
    await database.close();
    throw err;
  }
}
