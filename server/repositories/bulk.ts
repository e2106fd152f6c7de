// Bulk writes pass their rows as one JSON parameter expanded by jsonb_to_recordset: one
// bound value instead of thousands, which is several times faster on PGlite and as fast
// on a server.
import { sql, type RawBuilder } from 'kysely';

/** `jsonb_to_recordset($1::jsonb) as x(<columns>)` for `rows`. `columns` is trusted SQL. */
export function recordset(rows: readonly object[], columns: string): RawBuilder<unknown> {
  return sql`jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(${sql.raw(columns)})`;
}

/**
 * A bytea value passed as base64 and decoded by the server: PGlite serialises a Buffer
 * parameter as hex text, which takes seconds for a few megabytes; base64 takes milliseconds.
 */
export function bytea(bytes: Uint8Array): RawBuilder<Buffer> {
  return sql<Buffer>`decode(${Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64')}, 'base64')`;
}
