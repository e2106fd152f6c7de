// Links of cases and trials to the benchmarks and recommendations they are evidence for
// (`case_benchmarks`, `case_recommendations`, `trial_benchmarks`, `trial_recommendations`).
import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';

export type LinkOwner = 'case' | 'trial';

export interface ItemLinks {
  benchmarkIds: string[];
  recommendationIds: string[];
}

const TARGETS = [
  { key: 'benchmarkIds', table: 'benchmarks', column: 'benchmark_id' },
  { key: 'recommendationIds', table: 'recommendations', column: 'recommendation_id' },
] as const;

/** Adds links (existing ones are kept). */
export async function addLinks(db: Kysely<DB>, owner: LinkOwner, id: string, links: { benchmarkIds?: readonly string[]; recommendationIds?: readonly string[] }): Promise<void> {
  for (const t of TARGETS) {
    const ids = [...new Set(links[t.key] ?? [])];
    if (ids.length === 0) continue;
    await sql`insert into ${sql.table(`${owner}_${t.table}`)} (${sql.ref(`${owner}_id`)}, ${sql.ref(t.column)})
      select ${id}::uuid, x::uuid from unnest(${ids}::text[]) as x on conflict do nothing`.execute(db);
  }
}

/** The links of each owner, by id (owners without links are absent). */
export async function findLinks(db: Kysely<DB>, owner: LinkOwner, ids: readonly string[]): Promise<Map<string, ItemLinks>> {
  const out = new Map<string, ItemLinks>();
  if (ids.length === 0) return out;
  for (const t of TARGETS) {
    const { rows } = await sql<{ owner: string; target: string }>`
      select ${sql.ref(`${owner}_id`)}::text as owner, ${sql.ref(t.column)}::text as target from ${sql.table(`${owner}_${t.table}`)}
      where ${sql.ref(`${owner}_id`)} = any(${[...ids]}::uuid[]) order by 1, 2`.execute(db);
    for (const r of rows) {
      const links = out.get(r.owner) ?? { benchmarkIds: [], recommendationIds: [] };
      links[t.key].push(r.target);
      out.set(r.owner, links);
    }
  }
  return out;
}

/** Ids of the owners linked to a benchmark or a recommendation, or to any of several benchmarks (a subquery for list filters). */
export function linkedTo(owner: LinkOwner, item: { benchmarkId?: string | undefined; recommendationId?: string | undefined; benchmarkIds?: readonly string[] | undefined }) {
  const t = item.benchmarkId || item.benchmarkIds ? TARGETS[0] : TARGETS[1];
  const values = item.benchmarkIds ?? [item.benchmarkId ?? item.recommendationId ?? ''];
  return sql<string>`(select ${sql.ref(`${owner}_id`)} from ${sql.table(`${owner}_${t.table}`)} where ${sql.ref(t.column)} = any(${[...values]}::uuid[]))`;
}
