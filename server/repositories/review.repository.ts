// The review of imported documents: drafts waiting, the extracted items of one document,
// and the changes a reviewer makes before publishing.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { PublicationState } from '../../contracts/enums.ts';

export interface ReviewSummaryRow {
  id: string;
  symbol: string | null;
  title: string | null;
  kind: string;
  filename: string | null;
  createdAt: string;
  recommendations: number;
  state: string;
  mechanism: string | null;
  date: string | null;
}

const SUMMARY = sql`d.id, d.symbol, d.title, d.kind, d.filename, d.created_at::text as "createdAt", d.state, d.mechanism, d.date::text as date,
  (select count(*)::int from recommendations r where r.document_id = d.id and r.state <> 'discarded') as recommendations`;

/** Imported documents (with a file) not yet published, newest first. */
export async function findDraftDocuments(db: Kysely<DB>): Promise<ReviewSummaryRow[]> {
  const { rows } = await sql<ReviewSummaryRow>`select ${SUMMARY} from documents d where d.state = 'draft' and d.sha256 is not null order by d.created_at desc`.execute(db);
  return rows;
}

export async function findReviewDocument(db: Kysely<DB>, id: string): Promise<ReviewSummaryRow | null> {
  const { rows } = await sql<ReviewSummaryRow>`select ${SUMMARY} from documents d where d.id = ${id}`.execute(db);
  return rows[0] ?? null;
}

export async function findReviewItems(db: Kysely<DB>, documentId: string): Promise<{ id: string; ref: string; text: string; state: string; paragraphRef: string | null; states: string[] | null }[]> {
  const { rows } = await sql<{ id: string; ref: string; text: string; state: string; paragraphRef: string | null; states: string[] | null }>`
    select r.id, r.ref, r.text, r.state, p.ref as "paragraphRef",
      (select array_agg(rs.state order by rs.ordinal) from recommendation_states rs where rs.recommendation_id = r.id) as states
    from recommendations r left join paragraphs p on p.id = r.paragraph_id
    where r.document_id = ${documentId}
    order by p.ordinal nulls last, r.created_at, r.ref
    limit 5000
  `.execute(db);
  return rows;
}

export async function findReviewBenchmarks(db: Kysely<DB>, documentId: string): Promise<{ id: string; code: string | null; number: number | null; title: string; state: string; sources: number }[]> {
  const { rows } = await sql<{ id: string; code: string | null; number: number | null; title: string; state: string; sources: number }>`
    select b.id, b.code, b.number, w.title, b.state, (select count(*)::int from benchmark_sources s where s.benchmark_id = b.id) as sources
    from benchmark_wordings w join benchmarks b on b.id = w.benchmark_id
    where w.document_id = ${documentId} order by b.number nulls last, b.code
  `.execute(db);
  return rows;
}

export async function findReviewGrades(db: Kysely<DB>, documentId: string): Promise<{ id: string; benchmark: string | null; period: string; grade: string; label: string; colour: string; state: string }[]> {
  const { rows } = await sql<{ id: string; benchmark: string | null; period: string; grade: string; label: string; colour: string; state: string }>`
    select a.id, coalesce(b.code, a.item_key) as benchmark, p.label as period, a.grade, g.label, g.colour, a.state
    from assessments a join reporting_periods p on p.id = a.period_id
    join scale_grades g on g.scale = a.scale and g.code = a.grade
    left join benchmarks b on b.id = a.benchmark_id
    where a.document_id = ${documentId} order by b.number nulls last, benchmark
  `.execute(db);
  return rows;
}

export interface ReviewedRecommendation {
  id: string;
  documentId: string;
  ref: string;
  text: string;
  state: string;
  paragraphId: string | null;
  country: string | null;
  session: number | null;
  cycle: number | null;
  addressee: string | null;
  position: string | null;
  cluster: string | null;
  subTheme: string | null;
}

export async function findRecommendationForReview(db: Kysely<DB>, id: string): Promise<ReviewedRecommendation | null> {
  const { rows } = await sql<ReviewedRecommendation>`
    select id, document_id as "documentId", ref, text, state, paragraph_id as "paragraphId", country, session, cycle, addressee, position,
      cluster, sub_theme as "subTheme"
    from recommendations where id = ${id}
  `.execute(db);
  return rows[0] ?? null;
}

export async function updateRecommendation(db: Kysely<DB>, id: string, change: { text?: string; ref?: string; state?: PublicationState }): Promise<void> {
  await db
    .updateTable('recommendations')
    .set((eb) => ({ ...change, updated_at: new Date(), version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .execute();
}

export async function refTaken(db: Kysely<DB>, r: ReviewedRecommendation, ref: string): Promise<boolean> {
  const row = await db
    .selectFrom('recommendations')
    .select('id')
    .where('document_id', '=', r.documentId)
    .where('ref', '=', ref)
    .where(sql<boolean>`coalesce(country, '') = ${r.country ?? ''} and coalesce(session, 0) = ${r.session ?? 0}`)
    .executeTakeFirst();
  return row !== undefined;
}

/** A new draft recommendation beside `r` (same document, paragraph and attributes). */
export async function insertSibling(db: Kysely<DB>, r: ReviewedRecommendation, ref: string, text: string): Promise<string> {
  const row = await db
    .insertInto('recommendations')
    .values({
      document_id: r.documentId, paragraph_id: r.paragraphId, ref, text, state: 'draft', country: r.country, session: r.session, cycle: r.cycle,
      addressee: r.addressee, position: r.position, cluster: r.cluster, sub_theme: r.subTheme,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await sql`insert into recommendation_states (recommendation_id, state, ordinal)
    select ${row.id}, state, ordinal from recommendation_states where recommendation_id = ${r.id}`.execute(db);
  return row.id;
}

/** Publishes a document and every draft item it brought; returns what changed. */
export async function publishDocumentItems(db: Kysely<DB>, documentId: string): Promise<{ recommendations: number; benchmarks: number; assessments: number; cited: number }> {
  await db.updateTable('documents').set({ state: 'published' }).where('id', '=', documentId).execute();
  const recs = await db.updateTable('recommendations').set({ state: 'published', updated_at: new Date() }).where('document_id', '=', documentId).where('state', '=', 'draft').executeTakeFirst();
  const benchmarkIds = db.selectFrom('benchmark_wordings').select('benchmark_id').where('document_id', '=', documentId);
  const benchmarks = await db.updateTable('benchmarks').set({ state: 'published' }).where('id', 'in', benchmarkIds).where('state', '=', 'draft').executeTakeFirst();
  const assessments = await db.updateTable('assessments').set({ state: 'published' }).where('document_id', '=', documentId).where('state', '=', 'pending').executeTakeFirst();
  // The recommendations a benchmark cites are public UN text once quoted by a published report.
  const cited = await db
    .updateTable('recommendations')
    .set({ state: 'published', updated_at: new Date() })
    .where('id', 'in', db.selectFrom('benchmark_sources').select('recommendation_id').where('benchmark_id', 'in', benchmarkIds))
    .where('state', '=', 'draft')
    .where('text', '<>', '')
    .executeTakeFirst();
  return {
    recommendations: Number(recs.numUpdatedRows),
    benchmarks: Number(benchmarks.numUpdatedRows),
    assessments: Number(assessments.numUpdatedRows),
    cited: Number(cited.numUpdatedRows),
  };
}
