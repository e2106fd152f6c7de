// Dumps an embedded database's folder as a tarball (PGlite's own format), for test templates.
import type { Database } from './connect.ts';

export async function dumpPglite(database: Database): Promise<Buffer> {
  if (!database.pglite) throw new Error('dumpPglite needs an embedded database');
  const blob = await database.pglite.dumpDataDir('none');
  return Buffer.from(await blob.arrayBuffer());
}
