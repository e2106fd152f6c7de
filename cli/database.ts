// Opening the database for one command: from the environment (PGlite in LANDMARK_DATA_DIR,
// or DATABASE_URL), with the reference data in place, closed however the command ends.
import { loadConfig, type Config } from '../server/config.ts';
import { openDatabase } from '../server/db/connect.ts';
import type { Db } from '../server/db/handle.ts';
import { ensureReferenceData } from '../server/services/ensure-reference-data.ts';

export async function withCliDatabase<T>(command: string, fn: (db: Db, config: Config) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, command });
  try {
    await ensureReferenceData(database.db, config.sharedDir);
    return await fn(database.db, config);
  } finally {
    await database.close();
  }
}
