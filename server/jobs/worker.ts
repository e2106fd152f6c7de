// Runs queued jobs in this process: polls, claims one at a time, beats the heartbeat while
// it runs, records the outcome. On start it recovers jobs left running by a dead process.
import { hostname } from 'node:os';
import type { Db } from '../db/handle.ts';
import { runJob } from './run-job.ts';
import { recoverJobs } from '../services/recover-jobs.ts';
import { claimNextJob } from '../services/claim-job.ts';

export interface Worker {
  id: string;
  /** Resolves when the loop has stopped (after the job in hand finishes). */
  stop(): Promise<void>;
  /** Wakes the loop at once (after enqueueing). */
  poke(): void;
}

interface Logger {
  info(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export const HEARTBEAT_MS = 5_000;
/** A running job without a heartbeat for this long belongs to a dead process. */
export const STALE_MS = 30_000;

export function startWorker(db: Db, opts: { logger: Logger; pollMs?: number }): Worker {
  const id = `${hostname()}:${process.pid}:${Math.random().toString(36).slice(2, 8)}`;
  const pollMs = opts.pollMs ?? 1_000;
  let running = true;
  let wake: (() => void) | null = null;
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const t = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(t);
        resolve();
      };
    });

  const loop = (async () => {
    let lastRecovery = 0;
    while (running) {
      try {
        if (Date.now() - lastRecovery > STALE_MS) {
          lastRecovery = Date.now();
          const r = await recoverJobs(db, STALE_MS);
          if (r.requeued + r.failed > 0) opts.logger.info(r, 'recovered interrupted jobs');
        }
        const job = await claimNextJob(db, id);
        if (job) {
          await runJob(db, job);
          continue;
        }
      } catch (err) {
        opts.logger.error({ err }, 'job worker error');
      }
      await sleep(pollMs);
    }
  })();

  return {
    id,
    poke: () => wake?.(),
    async stop() {
      running = false;
      wake?.();
      await loop;
    },
  };
}
