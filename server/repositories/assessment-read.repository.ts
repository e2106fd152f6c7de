// Reading published assessments with their evidence, for record pages and the dashboard.
// Evidence rows come back whole; presenters decide what an audience sees.
import { sql, type Kysely } from 'kysely';
import type { CaseCountDefinition } from '../../contracts/cases.ts';
import type { DB } from '../db/schema.ts';
import { caseCountOf } from './indicator.repository.ts';

export interface AssessmentRow {
  id: string;
  periodId: string;
  periodLabel: string;
  startsOn: string;
  endsOn: string;
  assessorId: string;
  assessorName: string;
  scale: string;
  grade: string;
  gradeLabel: string;
  colour: string;
  rank: number;
  narrative: string;
  createdAt: Date;
  benchmarkId: string | null;
}

export interface EvidenceRow {
  assessmentId: string;
  kind: string;
  text: string;
  url: string | null;
  paragraphRef: string | null;
  confidential: boolean;
  documentId: string | null;
  symbol: string | null;
  title: string | null;
  mechanism: string | null;
  body: string | null;
  date: string | null;
}

/** Published assessments of one benchmark or one recommendation, oldest period first. */
export async function findAssessmentsOf(db: Kysely<DB>, item: { benchmarkId: string } | { recommendationId: string }): Promise<AssessmentRow[]> {
  const where = 'benchmarkId' in item ? sql`a.benchmark_id = ${item.benchmarkId}` : sql`a.recommendation_id = ${item.recommendationId}`;
  const { rows } = await sql<AssessmentRow>`
    select a.id, p.id as "periodId", p.label as "periodLabel", p.starts_on::text as "startsOn", p.ends_on::text as "endsOn",
      o.id as "assessorId", o.name as "assessorName", a.scale, a.grade, g.label as "gradeLabel", g.colour, g.rank,
      a.narrative, a.created_at as "createdAt", a.benchmark_id as "benchmarkId"
    from assessments a
    join reporting_periods p on p.id = a.period_id
    join organisations o on o.id = a.assessor_id
    join scale_grades g on g.scale = a.scale and g.code = a.grade
    where ${where} and a.state = 'published'
    order by p.ends_on, o.name, a.created_at
  `.execute(db);
  return rows;
}

/** Evidence of the given assessments, in their order, with the cited document. */
export async function findEvidence(db: Kysely<DB>, assessmentIds: readonly string[]): Promise<EvidenceRow[]> {
  if (assessmentIds.length === 0) return [];
  const { rows } = await sql<EvidenceRow>`
    select e.assessment_id as "assessmentId", e.kind, e.text, e.url, e.paragraph_ref as "paragraphRef", e.confidential,
      d.id as "documentId", d.symbol, d.title, d.mechanism, d.body, d.date::text as date
    from evidence e left join documents d on d.id = e.document_id
    where e.assessment_id in (${sql.join(assessmentIds)})
    order by e.assessment_id, e.ordinal
  `.execute(db);
  return rows;
}

export interface IndicatorRow {
  id: string;
  name: string;
  kind: string;
  unit: string | null;
  baseline: number | null;
  target: number | null;
  caseCount: CaseCountDefinition | null;
  values: { value: number; observedOn: string; source: string }[] | null;
}

/** Indicators linked to a benchmark or a recommendation, with their values over time. */
export async function findIndicatorsOf(db: Kysely<DB>, item: { benchmarkId: string } | { recommendationId: string }): Promise<IndicatorRow[]> {
  const link =
    'benchmarkId' in item
      ? sql`i.id in (select indicator_id from indicator_benchmarks where benchmark_id = ${item.benchmarkId})`
      : sql`i.id in (select indicator_id from indicator_recommendations where recommendation_id = ${item.recommendationId})`;
  const { rows } = await sql<Omit<IndicatorRow, 'caseCount'> & { case_measure: string | null; case_category: string | null; case_sex: string | null }>`
    select i.id, i.name, i.kind, i.unit, i.baseline, i.target, i.case_measure, i.case_category, i.case_sex,
      (select json_agg(json_build_object('value', v.value, 'observedOn', v.observed_on::text, 'source', v.source_text) order by v.observed_on)
        from indicator_values v where v.indicator_id = i.id) as values
    from indicators i where ${link}
    order by i.name
  `.execute(db);
  return rows.map(({ case_measure, case_category, case_sex, ...r }) => ({ ...r, caseCount: caseCountOf({ case_measure, case_category, case_sex }) }));
}
