// restore-backup: a full backup into an empty instance, in one transaction, giving back
// identical rows. Refuses an instance that holds data or is at other migrations. The
// reference data loaded at start (scales, grades, countries, taxonomies, and the audit
// events of that loading) does not count, and is replaced by the backup's. Writes no audit
// event, so that the restored instance equals the backup.
import type { Db } from '../db/handle.ts';
import { withTransaction } from '../db/handle.ts';
import { AppError } from '../errors.ts';
import {
  deleteAllRows,
  deleteStartupAuditEvents,
  hasAuditEventsBeyondStartup,
  hasRows,
  insertRows,
  listAppliedMigrations,
  listTables,
  resetIdentities,
  useUtc,
  type JsonRow,
  type TableInfo,
} from '../repositories/backup.repository.ts';
import type { Actor } from './actor.ts';
import type { BackupFile } from './backup-format.ts';

/** Loaded at every start (ensure-reference-data); an instance holding only these is empty. */
const REFERENCE_TABLES = new Set(['scales', 'scale_grades', 'countries', 'taxonomy_terms']);
const BATCH_BYTES = 4 * 1024 * 1024;

/** Tables in an order where every table comes after those it references. */
export function insertionOrder(tables: readonly TableInfo[]): TableInfo[] {
  const byName = new Map(tables.map((t) => [t.name, t]));
  const done = new Set<string>();
  const order: TableInfo[] = [];
  const visit = (t: TableInfo, path: readonly string[]): void => {
    if (done.has(t.name)) return;
    if (path.includes(t.name)) throw new AppError('internal', `foreign keys form a cycle: ${[...path, t.name].join(' → ')}`);
    for (const ref of t.references) {
      const target = byName.get(ref);
      if (target) visit(target, [...path, t.name]);
    }
    done.add(t.name);
    order.push(t);
  };
  for (const t of tables) visit(t, []);
  return order;
}

/** Rows with parents before children for the table's references to itself (`parent_id`, `supersedes_id`). */
export function parentsFirst(table: TableInfo, rows: readonly JsonRow[]): JsonRow[] {
  if (table.selfReferences.length === 0) return [...rows];
  const placed = new Set<unknown>();
  const result: JsonRow[] = [];
  let pending = [...rows];
  while (pending.length > 0) {
    const ready = pending.filter((r) => table.selfReferences.every((s) => r[s.column] === null || r[s.column] === undefined || placed.has(r[s.column])));
    if (ready.length === 0) throw new AppError('bad-input', `table ${table.name}: rows refer to rows missing from the backup`);
    for (const r of ready) {
      result.push(r);
      for (const s of table.selfReferences) placed.add(r[s.target]);
    }
    const readySet = new Set(ready);
    pending = pending.filter((r) => !readySet.has(r));
  }
  return result;
}

function batches(rows: readonly JsonRow[]): JsonRow[][] {
  const out: JsonRow[][] = [];
  let current: JsonRow[] = [];
  let size = 0;
  for (const row of rows) {
    const bytes = JSON.stringify(row).length;
    if (current.length > 0 && (size + bytes > BATCH_BYTES || current.length >= 5000)) {
      out.push(current);
      current = [];
      size = 0;
    }
    current.push(row);
    size += bytes;
  }
  if (current.length > 0) out.push(current);
  return out;
}

/** Restores `backup`. Throws forbidden (only the operator restores), conflict (not empty, other migrations), bad-input. */
export async function restoreBackup(db: Db, actor: Actor, backup: BackupFile, onTable?: (name: string, rows: number) => void): Promise<{ tables: number; rows: number }> {
  if (actor.kind !== 'system') throw new AppError('forbidden', 'only the operator restores a backup, from the command line');
  return withTransaction(db, async (trx) => {
    await useUtc(trx);
    const migrations = await listAppliedMigrations(trx);
    if (migrations.join('\n') !== backup.migrations.join('\n')) {
      throw new AppError('conflict', `the backup was taken at migrations [${backup.migrations.join(', ')}]; this instance is at [${migrations.join(', ')}]`);
    }
    const tables = insertionOrder(await listTables(trx));
    const known = new Set(tables.map((t) => t.name));
    const unknown = Object.keys(backup.tables).filter((name) => !known.has(name));
    if (unknown.length > 0) throw new AppError('bad-input', `the backup holds tables this instance does not have: ${unknown.join(', ')}`);
    const holding: string[] = [];
    for (const t of tables) {
      if (REFERENCE_TABLES.has(t.name)) continue;
      const holds = t.name === 'audit_events' ? await hasAuditEventsBeyondStartup(trx) : await hasRows(trx, t.name);
      if (holds) holding.push(t.name);
    }
    if (holding.length > 0) {
      throw new AppError('conflict', `this instance is not empty (${holding.slice(0, 5).join(', ')}${holding.length > 5 ? '…' : ''} hold data); restore into a new data folder or an empty database`);
    }
    await deleteStartupAuditEvents(trx);
    for (const t of [...tables].reverse()) if (REFERENCE_TABLES.has(t.name)) await deleteAllRows(trx, t.name);
    let rows = 0;
    for (const t of tables) {
      const found = backup.tables[t.name] ?? [];
      for (const batch of batches(parentsFirst(t, found))) await insertRows(trx, t, batch);
      await resetIdentities(trx, t);
      rows += found.length;
      onTable?.(t.name, found.length);
    }
    return { tables: tables.length, rows };
  });
}
