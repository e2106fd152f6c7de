// Aggregates for the dashboard: benchmark grades by monitor and period, and totals over
// published recommendations. Each is one grouped statement.
import { sql, type Kysely } from 'kysely';
import type { Language } from '../../contracts/languages.ts';
import type { DB } from '../db/schema.ts';
import { termLabel } from './reference-labels.ts';
import { PERSONS_TAXONOMY, SDG_TAXONOMY } from './search.repository.ts';

export interface PeriodRow {
  id: string;
  monitorId: string;
  label: string;
  startsOn: string;
  endsOn: string;
}

/** Periods in which a published benchmark of the period's monitor was graded, oldest first. */
export async function findGradedPeriods(db: Kysely<DB>): Promise<PeriodRow[]> {
  const { rows } = await sql<PeriodRow>`
    select p.id, p.monitor_id as "monitorId", p.label, p.starts_on::text as "startsOn", p.ends_on::text as "endsOn"
    from reporting_periods p
    where exists (
      select 1 from assessments a join benchmarks b on b.id = a.benchmark_id
      where a.period_id = p.id and a.state = 'published' and b.state = 'published' and b.monitor_id = p.monitor_id
    )
    order by p.monitor_id, p.ends_on
  `.execute(db);
  return rows;
}

export interface BenchmarkGradeRow {
  benchmarkId: string;
  periodId: string;
  grade: string;
  label: string;
  colour: string;
  rank: number;
  assessor: string;
  createdAt: Date;
}

/** Every published grade of a published benchmark, oldest first. */
export async function findBenchmarkGrades(db: Kysely<DB>): Promise<BenchmarkGradeRow[]> {
  const { rows } = await sql<BenchmarkGradeRow>`
    select a.benchmark_id as "benchmarkId", a.period_id as "periodId", a.grade, g.label, g.colour, g.rank, o.name as assessor,
      a.created_at as "createdAt"
    from assessments a
    join benchmarks b on b.id = a.benchmark_id and b.state = 'published'
    join scale_grades g on g.scale = a.scale and g.code = a.grade
    join organisations o on o.id = a.assessor_id
    where a.state = 'published' and a.item_type = 'benchmark'
    order by a.created_at
  `.execute(db);
  return rows;
}

/** The report in which a monitor first worded its benchmarks (the baseline of the first period). */
export async function findFirstBenchmarkReport(db: Kysely<DB>, monitorId: string): Promise<{ symbol: string | null; title: string | null; date: string | null; session: number | null } | null> {
  const { rows } = await sql<{ symbol: string | null; title: string | null; date: string | null; session: number | null }>`
    select d.symbol, d.title, d.date::text as date, d.session
    from benchmark_wordings w join benchmarks b on b.id = w.benchmark_id join documents d on d.id = w.document_id
    where b.monitor_id = ${monitorId}
    order by d.date nulls last, d.created_at limit 1
  `.execute(db);
  return rows[0] ?? null;
}

export interface CountRow {
  key: string;
  label: string;
  count: number;
}

export interface Totals {
  recommendations: number;
  documents: number;
  byMechanism: CountRow[];
  byTheme: CountRow[];
  bySdg: CountRow[];
  byPosition: CountRow[];
  byStatus: CountRow[];
}

async function counts(db: Kysely<DB>, query: ReturnType<typeof sql<CountRow>>): Promise<CountRow[]> {
  return (await query.execute(db)).rows;
}

function tagCounts(db: Kysely<DB>, which: 'theme' | 'sdg', limit: number, language: Language): Promise<CountRow[]> {
  const tax = which === 'sdg' ? sql`tt.taxonomy = ${SDG_TAXONOMY}` : sql`tt.taxonomy not in (${SDG_TAXONOMY}, ${PERSONS_TAXONOMY})`;
  // Grouped by the term's id (its key), so its labels come along unaggregated.
  return counts(db, sql<CountRow>`
    select tt.id::text as key, ${termLabel('tt', language)} as label, count(*)::int as count
    from recommendation_tags t join taxonomy_terms tt on tt.id = t.term_id
    join recommendations r on r.id = t.recommendation_id and r.state = 'published'
    where t.origin <> 'rejected' and ${tax}
    group by tt.id order by count desc, label limit ${limit}
  `);
}

/** Totals over published records; themes and SDGs labelled in `language`. */
export async function findTotals(db: Kysely<DB>, language: Language): Promise<Totals> {
  const one = async (q: ReturnType<typeof sql<{ n: number }>>) => (await q.execute(db)).rows[0]?.n ?? 0;
  return {
    recommendations: await one(sql<{ n: number }>`select count(*)::int as n from recommendations where state = 'published'`),
    documents: await one(sql<{ n: number }>`select count(*)::int as n from documents where state = 'published'`),
    byMechanism: await counts(db, sql<CountRow>`
      select coalesce(d.mechanism, 'none') as key, coalesce(d.mechanism, 'none') as label, count(*)::int as count
      from recommendations r join documents d on d.id = r.document_id where r.state = 'published'
      group by d.mechanism order by count desc`),
    byTheme: await tagCounts(db, 'theme', 12, language),
    bySdg: await tagCounts(db, 'sdg', 17, language),
    byPosition: await counts(db, sql<CountRow>`
      select coalesce(position, 'none') as key, coalesce(position, 'none') as label, count(*)::int as count
      from recommendations where state = 'published' group by position order by count desc`),
    byStatus: await counts(db, sql<CountRow>`
      select coalesce(lg.grade, 'none') as key, coalesce(g.label, 'none') as label, count(*)::int as count
      from recommendations r
      left join (
        select distinct on (a.recommendation_id) a.recommendation_id, a.scale, a.grade
        from assessments a join reporting_periods p on p.id = a.period_id
        where a.item_type = 'recommendation' and a.state = 'published'
        order by a.recommendation_id, p.ends_on desc, a.created_at desc
      ) lg on lg.recommendation_id = r.id
      left join scale_grades g on g.scale = lg.scale and g.code = lg.grade
      where r.state = 'published' group by lg.grade, g.label order by count desc`),
  };
}

export interface ActionCountRow {
  institution: string;
  planned: number;
  inProgress: number;
  completed: number;
}

export async function findActionsByInstitution(db: Kysely<DB>): Promise<ActionCountRow[]> {
  const { rows } = await sql<ActionCountRow>`
    select i.name as institution,
      count(*) filter (where a.status = 'planned')::int as planned,
      count(*) filter (where a.status = 'in-progress')::int as "inProgress",
      count(*) filter (where a.status = 'completed')::int as completed
    from actions a join institutions i on i.id = a.institution_id
    group by i.name order by count(*) desc, i.name limit 20
  `.execute(db);
  return rows;
}
