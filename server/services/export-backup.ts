// export-backup: every table of the instance, from one consistent snapshot, as a backup
// file whose bytes depend only on the data (see backup-format.ts). The export is audited
// after the snapshot, so that the file never holds its own audit event.
import type { Db } from '../db/handle.ts';
import { withTransaction } from '../db/handle.ts';
import { AppError } from '../errors.ts';
import { listAppliedMigrations, listTables, readRows, withSnapshot } from '../repositories/backup.repository.ts';
import type { Actor } from './actor.ts';
import { audit } from './audit.ts';
import { BACKUP_FORMAT, FOOTER, header, tableEntry } from './backup-format.ts';

export interface ExportCounts {
  tables: number;
  rows: number;
}

export type Sink = (chunk: string) => Promise<void>;

/** Who may take a full backup (it holds password hashes and confidential evidence): the operator and admins. */
function canBackup(actor: Actor): boolean {
  return actor.kind === 'system' || (actor.kind === 'user' && actor.role === 'admin');
}

/** Writes the backup to `sink`, table by table, from one snapshot. Throws forbidden. */
export async function exportBackup(db: Db, actor: Actor, sink: Sink, opts: { onTable?: (name: string, rows: number) => void } = {}): Promise<ExportCounts> {
  if (!canBackup(actor)) throw new AppError('forbidden', 'only admins take full backups');
  const counts = await withSnapshot(db, async (trx) => {
    const migrations = await listAppliedMigrations(trx);
    const tables = await listTables(trx);
    await sink(header(BACKUP_FORMAT, migrations));
    let rows = 0;
    for (const [i, table] of tables.entries()) {
      const found = await readRows(trx, table);
      await sink(tableEntry(table.name, found, i === 0));
      rows += found.length;
      opts.onTable?.(table.name, found.length);
    }
    await sink(FOOTER);
    return { tables: tables.length, rows };
  });
  await withTransaction(db, (trx) => audit(trx, actor, 'export-backup', 'instance', null, { after: counts }));
  return counts;
}
