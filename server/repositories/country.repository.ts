// The States Landmark knows (ISO 3166-1 alpha-3 and UN short name), for joins and filters.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { recordset } from './bulk.ts';

export async function upsertCountries(db: Kysely<DB>, countries: readonly { code: string; name: string }[]): Promise<void> {
  if (countries.length === 0) return;
  await sql`insert into countries (code, name) select code, name from ${recordset(countries, 'code char(3), name text')}
    on conflict (code) do update set name = excluded.name`.execute(db);
}

export async function countCountries(db: Kysely<DB>): Promise<number> {
  const { rows } = await sql<{ n: number }>`select count(*)::int as n from countries`.execute(db);
  return rows[0]?.n ?? 0;
}
