// Reads for the progress brief: assessments of themes on the progress scale.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';

export interface BriefSourceRow {
  periodId: string;
  periodLabel: string;
  assessorId: string;
  assessor: string;
  documentTitle: string | null;
  cycle: number | null;
}

/** Periods and assessors that have published theme assessments on the progress scale, latest first. */
export async function listBriefSources(db: Kysely<DB>): Promise<BriefSourceRow[]> {
  const { rows } = await sql<BriefSourceRow>`
    select a.period_id as "periodId", p.label as "periodLabel", a.assessor_id as "assessorId", o.name as assessor,
      max(d.title) as "documentTitle", max(d.cycle) as cycle
    from assessments a join reporting_periods p on p.id = a.period_id join organisations o on o.id = a.assessor_id
    left join documents d on d.id = a.document_id
    where a.scale = 'progress' and a.item_type in ('theme', 'cluster') and a.state = 'published'
    group by a.period_id, p.label, p.ends_on, a.assessor_id, o.name
    order by p.ends_on desc, count(*) desc, o.name`.execute(db);
  return rows;
}

export interface ThemeGradeRow {
  theme: string;
  grade: string;
  count: number | null;
  narrative: string;
}

/**
 * The assessor's published progress grades of themes for the period, in recording order
 * (within one import, in the order of the paragraphs they rest on),
 * leaving out those a later published assessment corrects (supersedes).
 */
export async function listThemeGrades(db: Kysely<DB>, periodId: string, assessorId: string): Promise<ThemeGradeRow[]> {
  const { rows } = await sql<ThemeGradeRow>`
    select a.item_key as theme, a.grade, a.recommendation_count as count, a.narrative
    from assessments a
    where a.period_id = ${periodId} and a.assessor_id = ${assessorId} and a.scale = 'progress'
      and a.item_type in ('theme', 'cluster') and a.state = 'published' and a.item_key is not null
      and not exists (select 1 from assessments c where c.supersedes_id = a.id and c.state = 'published')
    order by a.created_at,
      (select min(p.ordinal) from evidence e join paragraphs p on p.document_id = e.document_id and p.ref = e.paragraph_ref where e.assessment_id = a.id) nulls last,
      a.id`.execute(db);
  return rows;
}

/** Counts of received, supported and noted recommendations stated in the documents the period's grades come from. */
export async function listStatedPositionCounts(db: Kysely<DB>, periodId: string, assessorId: string): Promise<{ label: string; value: number }[]> {
  const { rows } = await sql<{ label: string; value: number }>`
    select distinct on (f.label) f.label, f.value from facts f
    where f.document_id in (select a.document_id from assessments a where a.period_id = ${periodId} and a.assessor_id = ${assessorId} and a.state = 'published')
      and f.label in ('recommendations received', 'recommendations accepted', 'recommendations supported', 'recommendations noted')
    order by f.label, f.id`.execute(db);
  return rows;
}

/** Recommendations of a UPR cycle to a State and their positions. */
export async function countCyclePositions(db: Kysely<DB>, country: string, cycle: number, publishedOnly: boolean): Promise<{ total: number; supported: number; noted: number }> {
  const { rows } = await sql<{ total: number; supported: number; noted: number }>`
    select count(*)::int as total, count(*) filter (where r.position = 'supported')::int as supported,
      count(*) filter (where r.position = 'noted')::int as noted
    from recommendations r join documents d on d.id = r.document_id
    where coalesce(r.country, d.country) = ${country} and coalesce(r.cycle, d.cycle) = ${cycle} and d.mechanism = 'upr'
      and r.text <> '' and r.state <> 'discarded' and (${publishedOnly}::boolean is false or r.state = 'published')`.execute(db);
  return rows[0] ?? { total: 0, supported: 0, noted: 0 };
}
