// Reads for the reports over recommendations (UPR mid-term report, thematic matrix):
// the recommendations of a State, their recommending States, tags, institutions,
// actions, indicators and latest assessment. Lists of ids go in as one array parameter.
import { sql, type Kysely } from 'kysely';
import type { Language } from '../../contracts/languages.ts';
import type { DB } from '../db/schema.ts';
import { termLabel } from './reference-labels.ts';

export interface RecommendationScope {
  /** ISO3 code; null for the recommendations to every State. */
  country: string | null;
  cycle: number | null;
  /** Only recommendations of documents of this mechanism (`upr`). */
  mechanism: string | null;
  publishedOnly: boolean;
}

export interface ReportRecommendationRow {
  id: string;
  country: string | null;
  ref: string;
  text: string;
  position: 'supported' | 'noted' | null;
  positionSource: string | null;
  cluster: string | null;
  documentLabel: string | null;
  documentDate: string | null;
  session: number | null;
  cycle: number | null;
}

/** The recommendations addressed to a State (own country, else the document's) or to all, placeholders left out. */
export async function listScopedRecommendations(db: Kysely<DB>, scope: RecommendationScope): Promise<ReportRecommendationRow[]> {
  const published = scope.publishedOnly;
  const { rows } = await sql<ReportRecommendationRow>`
    select r.id, coalesce(r.country, d.country) as country, r.ref, r.text, r.position, coalesce(pd.symbol, pd.title, pd.filename) as "positionSource", r.cluster,
      coalesce(d.symbol, d.title, d.filename) as "documentLabel", d.date as "documentDate",
      coalesce(r.session, d.session) as session, coalesce(r.cycle, d.cycle) as cycle
    from recommendations r
    join documents d on d.id = r.document_id
    left join documents pd on pd.id = r.position_document_id
    where (${scope.country}::text is null or coalesce(r.country, d.country) = ${scope.country}::text) and r.text <> '' and r.state <> 'discarded'
      and (${published}::boolean is false or (r.state = 'published' and d.state = 'published'))
      and (${scope.cycle}::int is null or coalesce(r.cycle, d.cycle) = ${scope.cycle}::int)
      and (${scope.mechanism}::text is null or d.mechanism = ${scope.mechanism}::text)
    order by d.date nulls last, coalesce(d.symbol, d.title, d.filename), coalesce(r.session, d.session) nulls last`.execute(db);
  return rows;
}

/** The State most recommendations are addressed to. */
export async function findMainCountry(db: Kysely<DB>): Promise<string | null> {
  const { rows } = await sql<{ country: string }>`
    select coalesce(r.country, d.country) as country from recommendations r join documents d on d.id = r.document_id
    where coalesce(r.country, d.country) is not null and r.text <> ''
    group by 1 order by count(*) desc, 1 limit 1`.execute(db);
  return rows[0]?.country ?? null;
}

/** The latest UPR cycle with recommendations to the State. */
export async function findLatestCycle(db: Kysely<DB>, country: string): Promise<number | null> {
  const { rows } = await sql<{ cycle: number | null }>`
    select max(coalesce(r.cycle, d.cycle)) as cycle from recommendations r join documents d on d.id = r.document_id
    where coalesce(r.country, d.country) = ${country} and d.mechanism = 'upr'`.execute(db);
  return rows[0]?.cycle ?? null;
}

export async function listStatesOf(db: Kysely<DB>, ids: readonly string[]): Promise<{ recommendationId: string; state: string }[]> {
  const { rows } = await sql<{ recommendationId: string; state: string }>`
    select recommendation_id as "recommendationId", state from recommendation_states
    where recommendation_id = any(${[...ids]}::uuid[]) order by recommendation_id, ordinal, state`.execute(db);
  return rows;
}

export interface TagRow {
  recommendationId: string;
  taxonomy: string;
  label: string;
}

/** Imported and confirmed tags (not the classifier's unreviewed suggestions), labelled in `language`. */
export async function listTagsOf(db: Kysely<DB>, ids: readonly string[], language: Language): Promise<TagRow[]> {
  const { rows } = await sql<TagRow>`
    select t.recommendation_id as "recommendationId", tt.taxonomy, ${termLabel('tt', language)} as label
    from recommendation_tags t join taxonomy_terms tt on tt.id = t.term_id
    where t.recommendation_id = any(${[...ids]}::uuid[]) and t.origin in ('imported', 'confirmed')
    order by t.recommendation_id, tt.taxonomy, t.created_at, label`.execute(db);
  return rows;
}

/** Institutions assigned to each recommendation, leads first. */
export async function listInstitutionsOf(db: Kysely<DB>, ids: readonly string[]): Promise<{ recommendationId: string; name: string }[]> {
  const { rows } = await sql<{ recommendationId: string; name: string }>`
    select a.recommendation_id as "recommendationId", i.name from assignments a join institutions i on i.id = a.institution_id
    where a.recommendation_id = any(${[...ids]}::uuid[])
    order by a.recommendation_id, case a.role when 'lead' then 0 else 1 end, i.name`.execute(db);
  return rows;
}

export interface ActionRow {
  recommendationId: string;
  title: string;
  description: string;
  institution: string;
  dueOn: string | null;
  status: string;
}

export async function listActionsOf(db: Kysely<DB>, ids: readonly string[]): Promise<ActionRow[]> {
  const { rows } = await sql<ActionRow>`
    select ar.recommendation_id as "recommendationId", a.title, a.description, i.name as institution, a.due_on as "dueOn", a.status
    from action_recommendations ar join actions a on a.id = ar.action_id join institutions i on i.id = a.institution_id
    where ar.recommendation_id = any(${[...ids]}::uuid[])
    order by ar.recommendation_id, a.due_on nulls last, a.title`.execute(db);
  return rows;
}

export interface IndicatorValueRow {
  recommendationId: string;
  name: string;
  unit: string | null;
  value: number;
  observedOn: string;
  source: string;
}

/** The latest value of each indicator linked to the recommendations. */
export async function listLatestIndicatorValuesOf(db: Kysely<DB>, ids: readonly string[]): Promise<IndicatorValueRow[]> {
  const { rows } = await sql<IndicatorValueRow>`
    select distinct on (ir.recommendation_id, i.id) ir.recommendation_id as "recommendationId", i.name, i.unit, v.value,
      v.observed_on as "observedOn", concat_ws(', ', nullif(v.source_text, ''), d.symbol, case when v.paragraph_ref is null then null else 'para. ' || v.paragraph_ref end) as source
    from indicator_recommendations ir join indicators i on i.id = ir.indicator_id
    join indicator_values v on v.indicator_id = i.id left join documents d on d.id = v.document_id
    where ir.recommendation_id = any(${[...ids]}::uuid[])
    order by ir.recommendation_id, i.id, v.observed_on desc, v.created_at desc`.execute(db);
  return rows;
}

export interface LatestAssessmentRow {
  recommendationId: string;
  scale: string;
  grade: string;
  periodLabel: string;
  assessor: string;
  narrative: string;
}

/** The latest published assessment of each recommendation (latest period, then latest recorded). */
export async function listLatestAssessmentsOf(db: Kysely<DB>, ids: readonly string[]): Promise<LatestAssessmentRow[]> {
  const { rows } = await sql<LatestAssessmentRow>`
    select distinct on (a.recommendation_id) a.recommendation_id as "recommendationId", a.scale, a.grade,
      p.label as "periodLabel", o.name as assessor, a.narrative
    from assessments a join reporting_periods p on p.id = a.period_id join organisations o on o.id = a.assessor_id
    where a.recommendation_id = any(${[...ids]}::uuid[]) and a.state = 'published'
    order by a.recommendation_id, p.ends_on desc, a.created_at desc, a.id desc`.execute(db);
  return rows;
}
