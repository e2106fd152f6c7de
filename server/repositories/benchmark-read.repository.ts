// Reading benchmarks: their wording in each report (else the monitor's own), the
// recommendations they rest on, and their latest grade.
import { sql, type Kysely } from 'kysely';
import type { BenchmarkSourceOrigin } from '../../contracts/benchmarks.ts';
import type { PublicationState } from '../../contracts/enums.ts';
import type { DB } from '../db/schema.ts';
import type { DocRefRow } from './recommendation-read.repository.ts';

export interface BenchmarkRow {
  id: string;
  code: string | null;
  number: number | null;
  title: string;
  timeframe: string | null;
  monitorId: string;
  monitorName: string;
  sourceCount: number;
  grade: string | null;
  gradeLabel: string | null;
  colour: string | null;
  period: string | null;
  state: PublicationState;
  version: number;
  /** The monitor's own title and timeframe (`title` and `timeframe` are what is shown: the latest report's wording first). */
  ownTitle: string | null;
  ownTimeframe: string | null;
}

function benchmarkQuery(where: ReturnType<typeof sql>, states: readonly PublicationState[] = ['published']) {
  return sql<BenchmarkRow>`
    select b.id, b.code, b.number, coalesce(w.title, b.title, b.code, '') as title, coalesce(w.timeframe, b.timeframe) as timeframe,
      b.state, b.version, b.title as "ownTitle", b.timeframe as "ownTimeframe",
      o.id as "monitorId", o.name as "monitorName",
      (select count(*)::int from benchmark_sources s where s.benchmark_id = b.id) as "sourceCount",
      lg.grade, g.label as "gradeLabel", g.colour, lg.period
    from benchmarks b
    join organisations o on o.id = b.monitor_id
    left join lateral (
      select bw.title, bw.timeframe from benchmark_wordings bw join documents wd on wd.id = bw.document_id
      where bw.benchmark_id = b.id order by wd.date desc nulls last, wd.created_at desc limit 1
    ) w on true
    left join lateral (
      select a.scale, a.grade, p.label as period from assessments a join reporting_periods p on p.id = a.period_id
      where a.benchmark_id = b.id and a.state = 'published' order by p.ends_on desc, a.created_at desc limit 1
    ) lg on true
    left join scale_grades g on g.scale = lg.scale and g.code = lg.grade
    where b.state in (${sql.join(states.map((st) => sql`${st}`))}) and ${where}
    order by o.name, b.number nulls last, b.code
  `;
}

/**
 * Published benchmarks (or those in `state`); with `unassessedIn` (a reporting period), only
 * its monitor's benchmarks that have no assessment for that period yet (rejected ones do not count).
 */
export async function findBenchmarks(db: Kysely<DB>, filter: { unassessedIn?: string | undefined; state?: PublicationState | undefined } = {}): Promise<BenchmarkRow[]> {
  const where = filter.unassessedIn
    ? sql`b.monitor_id = (select p.monitor_id from reporting_periods p where p.id = ${filter.unassessedIn})
        and not exists (select 1 from assessments a where a.benchmark_id = b.id and a.period_id = ${filter.unassessedIn} and a.state <> 'rejected')`
    : sql`true`;
  return (await benchmarkQuery(where, [filter.state ?? 'published']).execute(db)).rows;
}

/** The benchmark when it is in one of `states` (published only by default). */
export async function findBenchmarkInStates(db: Kysely<DB>, id: string, states: readonly PublicationState[] = ['published']): Promise<BenchmarkRow | null> {
  return (await benchmarkQuery(sql`b.id = ${id}`, states).execute(db)).rows[0] ?? null;
}

export interface WordingRow {
  title: string;
  timeframe: string | null;
  paragraphRef: string | null;
  /** The report the wording comes from (its own title is `docTitle`). */
  documentId: string;
  symbol: string | null;
  docTitle: string | null;
  mechanism: string | null;
  body: string | null;
  date: string | null;
}

export async function findWordings(db: Kysely<DB>, benchmarkId: string): Promise<WordingRow[]> {
  const { rows } = await sql<WordingRow>`
    select w.title, w.timeframe, w.paragraph_ref as "paragraphRef",
      d.id as "documentId", d.symbol, d.title as "docTitle", d.mechanism, d.body, d.date::text as date
    from benchmark_wordings w join documents d on d.id = w.document_id
    where w.benchmark_id = ${benchmarkId}
    order by d.date nulls last, d.created_at
  `.execute(db);
  return rows;
}

export interface SourceRow extends DocRefRow {
  id: string;
  ref: string;
  text: string;
  origin: BenchmarkSourceOrigin;
}

/** The published recommendations a benchmark rests on. */
export async function findSources(db: Kysely<DB>, benchmarkId: string): Promise<SourceRow[]> {
  const { rows } = await sql<SourceRow>`
    select r.id, r.ref, r.text, s.origin, d.id as "documentId", d.symbol, d.title, d.mechanism, d.body, d.date::text as date
    from benchmark_sources s join recommendations r on r.id = s.recommendation_id join documents d on d.id = r.document_id
    where s.benchmark_id = ${benchmarkId} and r.state = 'published'
    order by d.symbol nulls last, r.ref
  `.execute(db);
  return rows;
}
