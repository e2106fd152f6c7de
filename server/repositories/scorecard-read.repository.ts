// Reads for the benchmark scorecard: a monitor's benchmarks, their wordings, periods,
// grades and evidence.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';

export interface MonitorRow {
  id: string;
  name: string;
}

/** Monitors that have benchmarks, the one with the latest reporting period first. */
export async function listBenchmarkMonitors(db: Kysely<DB>): Promise<MonitorRow[]> {
  const { rows } = await sql<MonitorRow>`
    select o.id, o.name from organisations o
    where exists (select 1 from benchmarks b where b.monitor_id = o.id)
    order by (select max(p.ends_on) from reporting_periods p where p.monitor_id = o.id) desc nulls last, o.name`.execute(db);
  return rows;
}

export async function findOrganisationByName(db: Kysely<DB>, name: string): Promise<MonitorRow | null> {
  const row = await db.selectFrom('organisations').select(['id', 'name']).where(sql<boolean>`lower(name) = lower(${name})`).executeTakeFirst();
  return row ?? null;
}

export interface PeriodOfMonitor {
  id: string;
  label: string;
  startsOn: string;
  endsOn: string;
}

/** The monitor's reporting periods, oldest first. */
export async function listPeriodsOfMonitor(db: Kysely<DB>, monitorId: string): Promise<PeriodOfMonitor[]> {
  return db
    .selectFrom('reporting_periods')
    .select(['id', 'label', 'starts_on as startsOn', 'ends_on as endsOn'])
    .where('monitor_id', '=', monitorId)
    .orderBy('ends_on')
    .orderBy('starts_on')
    .execute();
}

export interface BenchmarkRow {
  id: string;
  number: number | null;
  code: string | null;
  /** The monitor's own title and timeframe, shown where no report words them. */
  title: string | null;
  timeframe: string | null;
}

export async function listBenchmarksOfMonitor(db: Kysely<DB>, monitorId: string, publishedOnly: boolean): Promise<BenchmarkRow[]> {
  let q = db
    .selectFrom('benchmarks')
    .select(['id', 'number', 'code', 'title', 'timeframe'])
    .where('monitor_id', '=', monitorId)
    .where('state', '<>', 'discarded');
  if (publishedOnly) q = q.where('state', '=', 'published');
  return q.orderBy(sql`number nulls last`).orderBy(sql`code collate "C"`).execute();
}

export interface WordingRow {
  benchmarkId: string;
  documentId: string;
  title: string;
  timeframe: string | null;
}

/** Every wording of the monitor's benchmarks, the newest report's last. */
export async function listWordingsOfMonitor(db: Kysely<DB>, monitorId: string, publishedDocumentsOnly: boolean): Promise<WordingRow[]> {
  let q = db
    .selectFrom('benchmark_wordings as w')
    .innerJoin('benchmarks as b', 'b.id', 'w.benchmark_id')
    .innerJoin('documents as d', 'd.id', 'w.document_id')
    .select(['w.benchmark_id as benchmarkId', 'w.document_id as documentId', 'w.title', 'w.timeframe'])
    .where('b.monitor_id', '=', monitorId);
  if (publishedDocumentsOnly) q = q.where('d.state', '=', 'published');
  return q.orderBy(sql`d.date nulls first`).orderBy(sql`d.session nulls first`).orderBy('d.created_at').execute();
}

export interface GradeRow {
  id: string;
  benchmarkId: string;
  periodId: string;
  scale: string;
  grade: string;
  assessor: string;
  documentId: string | null;
  narrative: string;
}

/**
 * The latest published grade of each of the monitor's benchmarks in each given period,
 * by `assessorId` (the monitor itself when null).
 */
export async function listLatestBenchmarkGrades(db: Kysely<DB>, monitorId: string, periodIds: readonly string[], assessorId: string | null): Promise<GradeRow[]> {
  if (periodIds.length === 0) return [];
  const { rows } = await sql<GradeRow>`
    select distinct on (a.benchmark_id, a.period_id)
      a.id, a.benchmark_id as "benchmarkId", a.period_id as "periodId", a.scale, a.grade, o.name as assessor,
      a.document_id as "documentId", a.narrative
    from assessments a
    join benchmarks b on b.id = a.benchmark_id
    join organisations o on o.id = a.assessor_id
    where b.monitor_id = ${monitorId} and a.item_type = 'benchmark' and a.state = 'published'
      and a.assessor_id = ${assessorId ?? monitorId} and a.period_id = any(${[...periodIds]}::uuid[])
    order by a.benchmark_id, a.period_id, a.created_at desc, a.id desc`.execute(db);
  return rows;
}

export interface EvidenceRow {
  assessmentId: string;
  kind: 'paragraph' | 'url' | 'text' | 'submission';
  text: string;
  url: string | null;
  paragraphRef: string | null;
  documentLabel: string | null;
  confidential: boolean;
}

/** The evidence of the given assessments, in their order, with the label of the cited document. */
export async function listEvidenceOf(db: Kysely<DB>, assessmentIds: readonly string[]): Promise<EvidenceRow[]> {
  if (assessmentIds.length === 0) return [];
  const { rows } = await sql<EvidenceRow>`
    select e.assessment_id as "assessmentId", e.kind, e.text, e.url, e.paragraph_ref as "paragraphRef",
      coalesce(d.symbol, d.title) as "documentLabel", e.confidential
    from evidence e left join documents d on d.id = e.document_id
    where e.assessment_id = any(${[...assessmentIds]}::uuid[])
    order by e.assessment_id, e.ordinal, e.id`.execute(db);
  return rows;
}

export interface ScaleGradeRow {
  code: string;
  label: string;
  colour: string;
  definition: string;
}

/** The grades of a scale, best first. */
export async function listScaleGrades(db: Kysely<DB>, scale: string): Promise<ScaleGradeRow[]> {
  return db.selectFrom('scale_grades').select(['code', 'label', 'colour', 'definition']).where('scale', '=', scale).orderBy('rank', 'desc').execute();
}

export async function findOrganisationName(db: Kysely<DB>, id: string): Promise<string | null> {
  const row = await db.selectFrom('organisations').select('name').where('id', '=', id).executeTakeFirst();
  return row?.name ?? null;
}
