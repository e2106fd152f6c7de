// Spawning bin/landmark in tests: wait for a line on stderr, collect output, kill.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openDatabase } from '../server/db/connect.ts';
import { createServerDatabase, onPostgres } from './db.ts';
import { REPO_DIR } from './shared.ts';

export const BIN = resolve(REPO_DIR, 'bin/landmark');

export interface Running {
  child: ChildProcessWithoutNullStreams;
  stdout(): string;
  stderr(): string;
  /** Resolves when stderr (or stdout) matches, rejects after `ms` or when the process exits first. */
  waitFor(pattern: RegExp, ms?: number): Promise<RegExpMatchArray>;
  exited: Promise<number | null>;
}

export function landmark(args: string[], env: Record<string, string | undefined>, input?: string): Running {
  const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, LOG_LEVEL: 'warn', ...env }, cwd: REPO_DIR });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  if (input !== undefined) child.stdin.end(input);
  const exited = new Promise<number | null>((res) => child.on('exit', (code) => res(code)));
  return {
    child,
    stdout: () => out,
    stderr: () => err,
    exited,
    waitFor(pattern, ms = 120_000) {
      return new Promise((res, rej) => {
        const timer = setTimeout(() => {
          clearInterval(poll);
          rej(new Error(`timed out waiting for ${String(pattern)}; stderr: ${err}`));
        }, ms);
        const poll = setInterval(() => {
          const m = pattern.exec(err) ?? pattern.exec(out);
          if (m) {
            clearTimeout(timer);
            clearInterval(poll);
            res(m);
          }
        }, 50);
        void exited.then((code) => {
          setTimeout(() => {
            const m = pattern.exec(err) ?? pattern.exec(out);
            if (m) return;
            clearTimeout(timer);
            clearInterval(poll);
            rej(new Error(`exited with ${String(code)} before ${String(pattern)}; stderr: ${err}`));
          }, 100);
        });
      });
    },
  };
}

/** Runs to completion and returns code and output. */
export async function run(args: string[], env: Record<string, string | undefined> = {}, input?: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const p = landmark(args, env, input);
  const code = await p.exited;
  return { code, stdout: p.stdout(), stderr: p.stderr() };
}

/**
 * An empty store for processes to share: a PGlite folder, or a throwaway database on the
 * DATABASE_URL server. `env` points a process at it; `open` opens it in the test; what
 * removes it is pushed on `cleanups`.
 */
export async function freshStore(cleanups: (() => Promise<void>)[]): Promise<{ env: Record<string, string>; open: () => ReturnType<typeof openDatabase> }> {
  const dir = await mkdtemp(join(tmpdir(), 'landmark-proc-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  if (onPostgres) {
    const db = await createServerDatabase();
    cleanups.push(db.drop);
    return { env: { DATABASE_URL: db.url, LANDMARK_DATA_DIR: dir }, open: () => openDatabase({ databaseUrl: db.url, dataDir: null }) };
  }
  return { env: { LANDMARK_DATA_DIR: dir, DATABASE_URL: '' }, open: () => openDatabase({ dataDir: dir, command: 'test' }) };
}
