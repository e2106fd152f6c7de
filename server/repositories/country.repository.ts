// The States Landmark knows (ISO 3166-1 alpha-3 and UN short name), for joins and filters,
// with their alpha-2 code and their names in other languages once the reference list is loaded.
import { sql, type Kysely } from 'kysely';
import type { Language } from '../../contracts/languages.ts';
import type { DB } from '../db/schema.ts';
import { recordset } from './bulk.ts';
import { shownName, stateLabel, stateRegion } from './reference-labels.ts';

export async function upsertCountries(db: Kysely<DB>, countries: readonly { code: string; name: string }[]): Promise<void> {
  if (countries.length === 0) return;
  await sql`insert into countries (code, name) select code, name from ${recordset(countries, 'code char(3), name text')}
    on conflict (code) do update set name = excluded.name`.execute(db);
}

export async function countCountries(db: Kysely<DB>): Promise<number> {
  const { rows } = await sql<{ n: number }>`select count(*)::int as n from countries`.execute(db);
  return rows[0]?.n ?? 0;
}

export interface CountryNames {
  code: string;
  alpha2: string;
  labels: Record<string, string>;
}

const NAMES_COLUMNS = 'code char(3), alpha2 char(2), labels jsonb';

/**
 * Stores the alpha-2 code and names of the States that are known; the others (territories
 * Landmark does not list) are left out. Returns how many States were named.
 */
export async function nameCountries(db: Kysely<DB>, names: readonly CountryNames[]): Promise<number> {
  if (names.length === 0) return 0;
  // An alpha-2 code another State held before (a list that changed) is freed first: it is unique.
  await sql`update countries c set alpha2 = null from ${recordset(names, NAMES_COLUMNS)}
    where c.alpha2 = x.alpha2 and c.code <> x.code`.execute(db);
  const { rows } = await sql<{ code: string }>`update countries c set alpha2 = x.alpha2, labels = x.labels
    from ${recordset(names, NAMES_COLUMNS)} where c.code = x.code returning c.code`.execute(db);
  return rows.length;
}

/** Of the given States, how many Landmark knows and how many of those are stored with exactly these names. */
export async function countNamedCountries(db: Kysely<DB>, names: readonly CountryNames[]): Promise<{ known: number; named: number }> {
  if (names.length === 0) return { known: 0, named: 0 };
  const { rows } = await sql<{ known: number; named: number }>`
    select count(*)::int as known, count(*) filter (where c.alpha2 is not distinct from x.alpha2 and c.labels = x.labels)::int as named
    from ${recordset(names, NAMES_COLUMNS)} join countries c on c.code = x.code`.execute(db);
  return rows[0] ?? { known: 0, named: 0 };
}

/** The names in `language` of the States of `codes` that Landmark knows, by code. */
export async function findStateNames(db: Kysely<DB>, codes: readonly string[], language: Language): Promise<Map<string, string>> {
  const wanted = [...new Set(codes)];
  if (wanted.length === 0) return new Map();
  const { rows } = await sql<{ code: string; label: string; region: string | null }>`
    select c.code, ${stateLabel('c', language)} as label, ${stateRegion('c', language)} as region
    from countries c where c.code = any(${wanted}::text[])`.execute(db);
  return new Map(rows.map((r) => [r.code, shownName(language, r.label, r.region)]));
}
