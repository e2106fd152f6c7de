// What the related-recommendations index is built from and what its answers show: the
// published recommendations with text and their mechanism, a cheap signature of that set
// (to know when to rebuild), and short records of recommendations and benchmarks.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { PublicationState } from '../../contracts/enums.ts';

const PUBLISHED_WITH_TEXT = sql`r.state = 'published' and btrim(r.text) <> ''`;

/** Changes whenever a published recommendation is added, removed, unpublished or edited. */
export async function publishedCorpusSignature(db: Kysely<DB>): Promise<string> {
  const { rows } = await sql<{ n: number; v: string | null; u: string | null }>`
    select count(*)::int as n, sum(r.version)::text as v, max(r.updated_at)::text as u
    from recommendations r where ${PUBLISHED_WITH_TEXT}`.execute(db);
  const r = rows[0];
  return `${r?.n ?? 0}|${r?.v ?? ''}|${r?.u ?? ''}`;
}

/** Every published recommendation with text: id, text and issuing mechanism (`UPR`, `CCPR`, `high-commissioner`…). */
export async function findPublishedCorpus(db: Kysely<DB>): Promise<{ id: string; text: string; mechanism: string | null }[]> {
  const { rows } = await sql<{ id: string; text: string; mechanism: string | null }>`
    select r.id, r.text, coalesce(d.body, d.mechanism) as mechanism
    from recommendations r join documents d on d.id = r.document_id
    where ${PUBLISHED_WITH_TEXT} order by r.id`.execute(db);
  return rows;
}

export interface RecommendationBrief {
  id: string;
  ref: string;
  text: string;
  state: PublicationState;
  mechanism: string | null;
  country: string | null;
  cycle: number | null;
  session: number | null;
  documentId: string;
  symbol: string | null;
  title: string | null;
  date: string | null;
}

/** Short records of recommendations (any state; callers filter), in no particular order. */
export async function findRecommendationBriefs(db: Kysely<DB>, ids: readonly string[]): Promise<RecommendationBrief[]> {
  if (ids.length === 0) return [];
  const { rows } = await sql<RecommendationBrief>`
    select r.id, r.ref, r.text, r.state, coalesce(d.body, d.mechanism) as mechanism, coalesce(r.country, d.country) as country,
      coalesce(r.cycle, d.cycle) as cycle, coalesce(r.session, d.session) as session,
      d.id as "documentId", d.symbol, d.title, d.date::text as date
    from recommendations r join documents d on d.id = r.document_id
    where r.id in (${sql.join(ids.map((id) => sql`${id}::uuid`))})`.execute(db);
  return rows;
}

export interface BenchmarkQueryRow {
  id: string;
  code: string | null;
  number: number | null;
  state: PublicationState;
  /** The monitor's own title (a benchmark no report words has one). */
  title: string | null;
  /** Each report's wording: its title and the text of the paragraph it was found in. */
  wordings: { title: string; paragraph: string | null }[];
  /** The recommendations it already rests on. */
  sourceIds: string[];
}

export async function findBenchmarkQuery(db: Kysely<DB>, id: string): Promise<BenchmarkQueryRow | null> {
  const b = await db.selectFrom('benchmarks').select(['id', 'code', 'number', 'state', 'title']).where('id', '=', id).executeTakeFirst();
  if (!b) return null;
  const { rows: wordings } = await sql<{ title: string; paragraph: string | null }>`
    select w.title, (select p.text from paragraphs p where p.document_id = w.document_id and p.ref = w.paragraph_ref order by p.ordinal limit 1) as paragraph
    from benchmark_wordings w where w.benchmark_id = ${id} order by w.document_id`.execute(db);
  const sources = await db.selectFrom('benchmark_sources').select('recommendation_id').where('benchmark_id', '=', id).execute();
  return { ...b, state: b.state as PublicationState, wordings, sourceIds: sources.map((s) => s.recommendation_id) };
}
