// Table-level reads and writes for backups: the catalogue (tables, columns, keys, foreign
// keys), rows as JSON in a stable form (ordered by primary key, timestamps in UTC, bytea as
// base64, numeric as text), and bulk inserts of such rows.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';

export interface ColumnInfo {
  name: string;
  /** The SQL type as `format_type` prints it (`character(3)`, `timestamp with time zone`). */
  type: string;
  generated: boolean;
  identityAlways: boolean;
}

export interface TableInfo {
  name: string;
  columns: ColumnInfo[];
  primaryKey: string[];
  /** Tables this one references (itself excluded). */
  references: string[];
  /** Single-column references to the table's own primary key (`parent_id` → `id`). */
  selfReferences: { column: string; target: string }[];
}

export type JsonRow = Record<string, unknown>;

/**
 * Tables of the application, with what a backup needs to know. Leaves out migrations'
 * bookkeeping and what triggers derive from the rest: tables and columns whose comment
 * starts with `derived:` (restoring the rest rebuilds them).
 */
export async function listTables(db: Kysely<DB>): Promise<TableInfo[]> {
  const columns = await sql<{ table: string; name: string; type: string; generated: boolean; identityAlways: boolean }>`
    select c.relname as "table", a.attname as name, format_type(a.atttypid, a.atttypmod) as type,
      a.attgenerated <> '' as generated, a.attidentity = 'a' as "identityAlways"
    from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = current_schema() and c.relkind = 'r' and a.attnum > 0 and not a.attisdropped and c.relname not like 'kysely\\_%'
      and coalesce(obj_description(c.oid, 'pg_class'), '') not like 'derived:%'
      and coalesce(col_description(c.oid, a.attnum), '') not like 'derived:%'
    order by c.relname, a.attnum`.execute(db);
  const keys = await sql<{ table: string; name: string }>`
    select c.relname as "table", a.attname as name
    from pg_index i join pg_class c on c.oid = i.indrelid join pg_namespace n on n.oid = c.relnamespace
    join pg_attribute a on a.attrelid = c.oid and a.attnum = any(i.indkey)
    where n.nspname = current_schema() and i.indisprimary
    order by c.relname, array_position(i.indkey::int2[], a.attnum)`.execute(db);
  const foreign = await sql<{ table: string; target: string; column: string; targetColumn: string; columns: number }>`
    select tc.relname as "table", rc.relname as target, a.attname as "column", ra.attname as "targetColumn", cardinality(c.conkey) as columns
    from pg_constraint c join pg_class tc on tc.oid = c.conrelid join pg_namespace n on n.oid = tc.relnamespace
    join pg_class rc on rc.oid = c.confrelid
    join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
    join pg_attribute ra on ra.attrelid = c.confrelid and ra.attnum = c.confkey[1]
    where c.contype = 'f' and n.nspname = current_schema()
    order by tc.relname, c.conname`.execute(db);
  const tables = new Map<string, TableInfo>();
  for (const c of columns.rows) {
    const table = tables.get(c.table) ?? { name: c.table, columns: [], primaryKey: [], references: [], selfReferences: [] };
    table.columns.push({ name: c.name, type: c.type, generated: c.generated, identityAlways: c.identityAlways });
    tables.set(c.table, table);
  }
  for (const k of keys.rows) tables.get(k.table)?.primaryKey.push(k.name);
  for (const f of foreign.rows) {
    const table = tables.get(f.table);
    if (!table) continue;
    if (f.target !== f.table) {
      if (!table.references.includes(f.target)) table.references.push(f.target);
    } else if (f.columns === 1) table.selfReferences.push({ column: f.column, target: f.targetColumn });
  }
  return [...tables.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Names of the migrations applied, in order. */
export async function listAppliedMigrations(db: Kysely<DB>): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(db);
  return rows.map((r) => r.name);
}

function isText(type: string): boolean {
  return type === 'text' || type.startsWith('character');
}

function columnValue(c: ColumnInfo): ReturnType<typeof sql> {
  const ref = sql.ref(c.name);
  if (c.type === 'bytea') return sql`translate(encode(${ref}, 'base64'), E'\\n', '')`;
  if (c.type === 'numeric') return sql`${ref}::text`;
  return sql`${ref}`;
}

/**
 * The rows of a table as JSON objects, ordered by primary key (every column when there is
 * none; text in byte order). Run inside a transaction that has set the time zone to UTC.
 */
export async function readRows(db: Kysely<DB>, table: TableInfo): Promise<JsonRow[]> {
  const kept = table.columns.filter((c) => !c.generated);
  if (kept.length === 0) return [];
  const pairs = kept.map((c) => sql`${sql.lit(c.name)}::text, ${columnValue(c)}`);
  const orderColumns = table.primaryKey.length > 0 ? table.columns.filter((c) => table.primaryKey.includes(c.name)) : kept;
  const ordered = (table.primaryKey.length > 0 ? table.primaryKey.map((k) => orderColumns.find((c) => c.name === k)!) : orderColumns).map((c) =>
    isText(c.type) ? sql`${sql.ref(`t.${c.name}`)} collate "C"` : c.type === 'jsonb' || c.type === 'bytea' ? sql`${sql.ref(`t.${c.name}`)}::text collate "C"` : sql`${sql.ref(`t.${c.name}`)}`,
  );
  // jsonb_build_object takes at most 100 arguments: build in chunks of 40 columns and merge.
  const objects = [];
  for (let i = 0; i < pairs.length; i += 40) objects.push(sql`jsonb_build_object(${sql.join(pairs.slice(i, i + 40))})`);
  const { rows } = await sql<{ row: string }>`
    select (${sql.join(objects, sql` || `)})::text as row from ${sql.table(table.name)} as t order by ${sql.join(ordered)}`.execute(db);
  return rows.map((r) => JSON.parse(r.row) as JsonRow);
}

/** Whether the table has any row. */
export async function hasRows(db: Kysely<DB>, table: string): Promise<boolean> {
  const { rows } = await sql<{ found: boolean }>`select exists (select 1 from ${sql.table(table)}) as found`.execute(db);
  return rows[0]?.found === true;
}

export async function deleteAllRows(db: Kysely<DB>, table: string): Promise<void> {
  await sql`delete from ${sql.table(table)}`.execute(db);
}

/** Sets the UTC time zone for the rest of the transaction, so timestamps read the same everywhere. */
export async function useUtc(db: Kysely<DB>): Promise<void> {
  await sql`set local timezone to 'UTC'`.execute(db);
}

/** Inserts rows read by `readRows` (same columns), bytea decoded from base64, identities kept. */
export async function insertRows(db: Kysely<DB>, table: TableInfo, rows: readonly JsonRow[]): Promise<void> {
  if (rows.length === 0) return;
  const kept = table.columns.filter((c) => !c.generated);
  const definitions = kept.map((c) => `${JSON.stringify(c.name)} ${c.type === 'bytea' ? 'text' : c.type}`).join(', ');
  const values = kept.map((c) => (c.type === 'bytea' ? sql`decode(${sql.ref(`x.${c.name}`)}, 'base64')` : sql.ref(`x.${c.name}`)));
  const overriding = kept.some((c) => c.identityAlways) ? sql`overriding system value` : sql``;
  await sql`insert into ${sql.table(table.name)} (${sql.join(kept.map((c) => sql.ref(c.name)))}) ${overriding}
    select ${sql.join(values)} from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(${sql.raw(definitions)})`.execute(db);
}

/** Moves identity sequences past the restored values. */
export async function resetIdentities(db: Kysely<DB>, table: TableInfo): Promise<void> {
  for (const c of table.columns.filter((col) => col.identityAlways)) {
    await sql`select setval(pg_get_serial_sequence(${table.name}, ${c.name}), coalesce((select max(${sql.ref(c.name)}) from ${sql.table(table.name)}), 0) + 1, false)`.execute(db);
  }
}

/** Runs `fn` on one consistent snapshot of the database, timestamps in UTC. */
export async function withSnapshot<T>(db: Kysely<DB>, fn: (trx: Kysely<DB>) => Promise<T>): Promise<T> {
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => {
      await useUtc(trx);
      return fn(trx);
    });
}

/** Audit events other than those of loading reference data at start (actor `startup`). */
export async function hasAuditEventsBeyondStartup(db: Kysely<DB>): Promise<boolean> {
  const { rows } = await sql<{ found: boolean }>`select exists (select 1 from audit_events where actor_label <> 'startup') as found`.execute(db);
  return rows[0]?.found === true;
}

export async function deleteStartupAuditEvents(db: Kysely<DB>): Promise<void> {
  await sql`delete from audit_events where actor_label = 'startup'`.execute(db);
}
