// Assessments are append-only: rows are inserted, never updated in their substance; a
// correction is a new row whose supersedes_id points at the old one.
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';

export interface AssessmentInput {
  itemType: 'recommendation' | 'benchmark' | 'cluster' | 'theme';
  recommendationId: string | null;
  benchmarkId: string | null;
  itemKey: string | null;
  periodId: string;
  assessorId: string;
  scale: string;
  grade: string;
  narrative: string;
  recommendationCount: number | null;
  state: 'pending' | 'published' | 'rejected';
  supersedesId: string | null;
  documentId: string | null;
  createdBy: string | null;
}

export interface EvidenceInput {
  kind: 'paragraph' | 'url' | 'text' | 'submission';
  text: string;
  url: string | null;
  documentId: string | null;
  paragraphRef: string | null;
  submissionId: string | null;
  confidential: boolean;
}

export async function insertAssessment(db: Kysely<DB>, a: AssessmentInput, evidence: readonly EvidenceInput[]): Promise<string> {
  const row = await db
    .insertInto('assessments')
    .values({
      item_type: a.itemType,
      recommendation_id: a.recommendationId,
      benchmark_id: a.benchmarkId,
      item_key: a.itemKey,
      period_id: a.periodId,
      assessor_id: a.assessorId,
      scale: a.scale,
      grade: a.grade,
      narrative: a.narrative,
      recommendation_count: a.recommendationCount,
      state: a.state,
      supersedes_id: a.supersedesId,
      document_id: a.documentId,
      created_by: a.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (evidence.length > 0) {
    await db
      .insertInto('evidence')
      .values(
        evidence.map((e, ordinal) => ({
          assessment_id: row.id,
          ordinal,
          kind: e.kind,
          text: e.text,
          url: e.url,
          document_id: e.documentId,
          paragraph_ref: e.paragraphRef,
          submission_id: e.submissionId,
          confidential: e.confidential,
        })),
      )
      .execute();
  }
  return row.id;
}

/** Publishes the pending assessments that came from a document (after its review). */
export async function publishAssessmentsOfDocument(db: Kysely<DB>, documentId: string): Promise<void> {
  await db.updateTable('assessments').set({ state: 'published' }).where('document_id', '=', documentId).where('state', '=', 'pending').execute();
}

// Reading assessments (follow-up): with their period, assessor and grade, and their evidence.

export interface AssessmentRow {
  id: string;
  itemType: AssessmentInput['itemType'];
  recommendationId: string | null;
  benchmarkId: string | null;
  itemKey: string | null;
  periodId: string;
  periodLabel: string;
  periodStartsOn: string;
  assessorId: string;
  assessorName: string;
  scale: string;
  grade: string;
  gradeLabel: string;
  gradeRank: number;
  narrative: string;
  state: AssessmentInput['state'];
  supersedesId: string | null;
  createdAt: Date;
}

export interface EvidenceRow extends EvidenceInput {
  id: string;
  assessmentId: string;
  ordinal: number;
}

export interface AssessmentFilter {
  itemType?: AssessmentInput['itemType'] | undefined;
  benchmarkId?: string | undefined;
  recommendationId?: string | undefined;
  itemKey?: string | undefined;
  periodId?: string | undefined;
  assessorId?: string | undefined;
  states: readonly AssessmentInput['state'][];
  /** Only assessments of published benchmarks and recommendations (clusters and themes always). */
  publishedItemsOnly?: boolean | undefined;
}

function assessmentQuery(db: Kysely<DB>) {
  return db
    .selectFrom('assessments as a')
    .innerJoin('reporting_periods as p', 'p.id', 'a.period_id')
    .innerJoin('organisations as o', 'o.id', 'a.assessor_id')
    .innerJoin('scale_grades as g', (join) => join.onRef('g.scale', '=', 'a.scale').onRef('g.code', '=', 'a.grade'))
    .select([
      'a.id',
      'a.item_type as itemType',
      'a.recommendation_id as recommendationId',
      'a.benchmark_id as benchmarkId',
      'a.item_key as itemKey',
      'a.period_id as periodId',
      'p.label as periodLabel',
      'p.starts_on as periodStartsOn',
      'a.assessor_id as assessorId',
      'o.name as assessorName',
      'a.scale',
      'a.grade',
      'g.label as gradeLabel',
      'g.rank as gradeRank',
      'a.narrative',
      'a.state',
      'a.supersedes_id as supersedesId',
      'a.created_at as createdAt',
    ]);
}

type RawAssessment = Omit<AssessmentRow, 'itemType' | 'state'> & { itemType: string; state: string };
const toAssessment = (r: RawAssessment): AssessmentRow => ({ ...r, itemType: r.itemType as AssessmentRow['itemType'], state: r.state as AssessmentRow['state'] });

export async function findAssessmentById(db: Kysely<DB>, id: string): Promise<AssessmentRow | null> {
  const row = await assessmentQuery(db).where('a.id', '=', id).executeTakeFirst();
  return row ? toAssessment(row) : null;
}

export async function listAssessments(db: Kysely<DB>, f: AssessmentFilter): Promise<AssessmentRow[]> {
  if (f.states.length === 0) return [];
  let q = assessmentQuery(db).where('a.state', 'in', f.states);
  if (f.itemType) q = q.where('a.item_type', '=', f.itemType);
  if (f.benchmarkId) q = q.where('a.benchmark_id', '=', f.benchmarkId);
  if (f.recommendationId) q = q.where('a.recommendation_id', '=', f.recommendationId);
  if (f.itemKey) q = q.where('a.item_key', '=', f.itemKey);
  if (f.periodId) q = q.where('a.period_id', '=', f.periodId);
  if (f.assessorId) q = q.where('a.assessor_id', '=', f.assessorId);
  if (f.publishedItemsOnly) {
    q = q.where((eb) =>
      eb.and([
        eb.or([eb('a.benchmark_id', 'is', null), eb.exists(eb.selectFrom('benchmarks as b').select('b.id').whereRef('b.id', '=', 'a.benchmark_id').where('b.state', '=', 'published'))]),
        eb.or([
          eb('a.recommendation_id', 'is', null),
          eb.exists(eb.selectFrom('recommendations as r').select('r.id').whereRef('r.id', '=', 'a.recommendation_id').where('r.state', '=', 'published')),
        ]),
      ]),
    );
  }
  const rows = await q.orderBy('p.starts_on').orderBy('o.name').orderBy('a.created_at').limit(5000).execute();
  return rows.map(toAssessment);
}

export async function listEvidence(db: Kysely<DB>, assessmentIds: readonly string[]): Promise<EvidenceRow[]> {
  if (assessmentIds.length === 0) return [];
  const rows = await db
    .selectFrom('evidence')
    .select([
      'id',
      'assessment_id as assessmentId',
      'ordinal',
      'kind',
      'text',
      'url',
      'document_id as documentId',
      'paragraph_ref as paragraphRef',
      'submission_id as submissionId',
      'confidential',
    ])
    .where('assessment_id', 'in', assessmentIds)
    .orderBy('assessment_id')
    .orderBy('ordinal')
    .execute();
  return rows.map((r) => ({ ...r, kind: r.kind as EvidenceRow['kind'] }));
}

/** Moderation: moves a pending assessment to `state`; false when it was not pending. */
export async function decidePendingAssessment(db: Kysely<DB>, id: string, state: 'published' | 'rejected'): Promise<boolean> {
  const r = await db.updateTable('assessments').set({ state }).where('id', '=', id).where('state', '=', 'pending').executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** The ids among `ids` that a later version already corrects. */
export async function supersededAmong(db: Kysely<DB>, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.selectFrom('assessments').select('supersedes_id').where('supersedes_id', 'in', ids).where('state', '<>', 'rejected').execute();
  return new Set(rows.flatMap((r) => (r.supersedes_id ? [r.supersedes_id] : [])));
}

export async function gradeExists(db: Kysely<DB>, scale: string, grade: string): Promise<boolean> {
  return (await db.selectFrom('scale_grades').select('code').where('scale', '=', scale).where('code', '=', grade).executeTakeFirst()) !== undefined;
}

export async function gradesOfScale(db: Kysely<DB>, scale: string): Promise<string[]> {
  return (await db.selectFrom('scale_grades').select('code').where('scale', '=', scale).orderBy('rank', 'desc').execute()).map((r) => r.code);
}

export async function recommendationExists(db: Kysely<DB>, id: string): Promise<boolean> {
  return (await db.selectFrom('recommendations').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

/** How many published benchmarks of the period's monitor have no assessment in that period yet. */
export async function countUnassessedBenchmarks(db: Kysely<DB>, periodId: string, monitorId: string): Promise<number> {
  const row = await db
    .selectFrom('benchmarks as b')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('b.monitor_id', '=', monitorId)
    .where('b.state', '=', 'published')
    .where((eb) =>
      eb.not(eb.exists(eb.selectFrom('assessments as a').select('a.id').whereRef('a.benchmark_id', '=', 'b.id').where('a.period_id', '=', periodId).where('a.state', '<>', 'rejected'))),
    )
    .executeTakeFirstOrThrow();
  return row.n;
}
