// PGlite is one process's database: a second process opening the same folder would
// corrupt it. This lock file says who holds the folder, so that a CLI command run while
// `landmark serve` is up stops with a clear message instead.
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../errors.ts';

export interface LockInfo {
  pid: number;
  command: string;
  url?: string;
  since: string;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function lockPath(dataDir: string): string {
  return join(dataDir, 'landmark.lock');
}

export function readLock(dataDir: string): LockInfo | null {
  try {
    return JSON.parse(readFileSync(lockPath(dataDir), 'utf8')) as LockInfo;
  } catch {
    return null;
  }
}

export interface DataDirLock {
  update(info: Partial<LockInfo>): void;
  release(): void;
}

/**
 * Takes the data folder for this process. Throws `locked` naming the holder when another
 * live process has it; takes over a lock left by a dead process.
 */
export function acquireDataDirLock(dataDir: string, command: string): DataDirLock {
  mkdirSync(dataDir, { recursive: true });
  const path = lockPath(dataDir);
  let info: LockInfo = { pid: process.pid, command, since: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, JSON.stringify(info));
      closeSync(fd);
      let held = true;
      const release = () => {
        if (!held) return;
        held = false;
        const current = readLock(dataDir);
        if (current?.pid === process.pid) rmSync(path, { force: true });
        process.off('exit', release);
      };
      process.on('exit', release);
      return {
        update(extra) {
          info = { ...info, ...extra };
          const fdu = openSync(path, 'w');
          writeSync(fdu, JSON.stringify(info));
          closeSync(fdu);
        },
        release,
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const holder = readLock(dataDir);
      if (holder && holder.pid !== process.pid && alive(holder.pid)) {
        const via = holder.url ? ` at ${holder.url}` : '';
        throw new AppError(
          'locked',
          `the embedded database in ${dataDir} is in use by "landmark ${holder.command}" (pid ${holder.pid})${via}. ` +
            'Stop that process first, do this through the running server (web app or API), or point both at a PostgreSQL server with DATABASE_URL.',
        );
      }
      rmSync(path, { force: true });
    }
  }
  throw new AppError('locked', `could not take the lock ${path}`);
}
