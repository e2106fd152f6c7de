import type { Database } from '../db/connect.ts';
import { pingDatabase } from '../repositories/system.repository.ts';

export async function checkHealth(database: Database): Promise<{ status: 'ok'; database: 'pglite' | 'postgres' }> {
  await pingDatabase(database.db);
  return { status: 'ok', database: database.dialect };
}
