// Taxonomy terms (UHRI themes and affected persons, SDG goals/targets/indicators, UPR Info issues).
import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { recordset } from './bulk.ts';

export interface TermInput {
  taxonomy: string;
  code: string;
  label: string;
  parentCode: string | null;
  cluster: string | null;
  labels: Record<string, string>;
  description: string | null;
}

export async function upsertTerms(db: Kysely<DB>, terms: readonly TermInput[]): Promise<number> {
  for (let i = 0; i < terms.length; i += 300) {
    const values = terms.slice(i, i + 300).map((t) => ({
      taxonomy: t.taxonomy,
      code: t.code,
      label: t.label,
      parent_code: t.parentCode,
      cluster: t.cluster,
      labels: JSON.stringify(t.labels),
      description: t.description,
    }));
    await db
      .insertInto('taxonomy_terms')
      .values(values)
      .onConflict((oc) =>
        oc.columns(['taxonomy', 'code']).doUpdateSet((eb) => ({
          label: eb.ref('excluded.label'),
          parent_code: eb.ref('excluded.parent_code'),
          cluster: eb.ref('excluded.cluster'),
          labels: eb.ref('excluded.labels'),
          description: eb.ref('excluded.description'),
        })),
      )
      .execute();
  }
  return terms.length;
}

/**
 * Ids of terms by label (case-insensitive) within a taxonomy; labels not yet known are
 * added with the label as code, so that nothing a document names is lost.
 */
export async function ensureTermsByLabel(db: Kysely<DB>, taxonomy: string, labels: readonly string[]): Promise<Map<string, string>> {
  const wanted = [...new Set(labels.map((l) => l.trim()).filter((l) => l !== ''))];
  const result = new Map<string, string>();
  if (wanted.length === 0) return result;
  const lower = wanted.map((l) => l.toLowerCase());
  const found = await db
    .selectFrom('taxonomy_terms')
    .select(['id', 'label', 'code'])
    .where('taxonomy', '=', taxonomy)
    .where((eb) => eb.or([eb(sql`lower(label)`, 'in', lower), eb(sql`lower(code)`, 'in', lower)]))
    .execute();
  const byKey = new Map<string, string>();
  for (const f of found) {
    byKey.set(f.label.toLowerCase(), f.id);
    byKey.set(f.code.toLowerCase(), f.id);
  }
  const missing = wanted.filter((l) => !byKey.has(l.toLowerCase()));
  if (missing.length > 0) {
    const inserted = await db
      .insertInto('taxonomy_terms')
      .values(missing.map((label) => ({ taxonomy, code: label, label })))
      .onConflict((oc) => oc.columns(['taxonomy', 'code']).doUpdateSet({ taxonomy }))
      .returning(['id', 'label'])
      .execute();
    for (const r of inserted) byKey.set(r.label.toLowerCase(), r.id);
  }
  for (const l of wanted) {
    const id = byKey.get(l.toLowerCase());
    if (id) result.set(l, id);
  }
  return result;
}

export async function countTerms(db: Kysely<DB>, taxonomy: string): Promise<number> {
  const row = await db.selectFrom('taxonomy_terms').select((eb) => eb.fn.countAll<number>().as('n')).where('taxonomy', '=', taxonomy).executeTakeFirstOrThrow();
  return row.n;
}

/** How many of the given (taxonomy, code) pairs are stored: a cheap check that a list is loaded. */
export async function countStoredTerms(db: Kysely<DB>, keys: readonly { taxonomy: string; code: string }[]): Promise<number> {
  if (keys.length === 0) return 0;
  const { rows } = await sql<{ n: number }>`
    select count(*)::int as n from taxonomy_terms t
    join ${recordset(keys.map((k) => ({ taxonomy: k.taxonomy, code: k.code })), 'taxonomy text, code text')} on x.taxonomy = t.taxonomy and x.code = t.code`.execute(db);
  return rows[0]?.n ?? 0;
}

export interface TermRow {
  id: string;
  taxonomy: string;
  code: string;
  label: string;
}

/** Terms of the given taxonomies whose code is one of `codes`. */
export async function findTermsByCode(db: Kysely<DB>, taxonomies: readonly string[], codes: readonly string[]): Promise<TermRow[]> {
  if (taxonomies.length === 0 || codes.length === 0) return [];
  return db.selectFrom('taxonomy_terms').select(['id', 'taxonomy', 'code', 'label']).where('taxonomy', 'in', [...taxonomies]).where('code', 'in', [...new Set(codes)]).execute();
}

export async function findTermById(db: Kysely<DB>, id: string): Promise<TermRow | null> {
  return (await db.selectFrom('taxonomy_terms').select(['id', 'taxonomy', 'code', 'label']).where('id', '=', id).executeTakeFirst()) ?? null;
}
