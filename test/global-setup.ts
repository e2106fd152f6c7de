// Runs once before the suite: on PGlite, builds a migrated database and dumps it, so that
// each test file starts from the dump in well under a second instead of running initdb.
import { writeFile, rm, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../server/db/connect.ts';
import { dumpPglite } from '../server/db/pglite-dump.ts';

let dir: string | undefined;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (process.env.DATABASE_URL) {
    project.provide('pgliteTemplate', '');
    return async () => {};
  }
  dir = await mkdtemp(join(tmpdir(), 'landmark-test-'));
  const database = await openDatabase({ dataDir: null });
  const file = join(dir, 'template.tar');
  await writeFile(file, await dumpPglite(database));
  await database.close();
  project.provide('pgliteTemplate', file);
  return async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
  }
}
