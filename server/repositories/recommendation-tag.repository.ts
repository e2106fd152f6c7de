// Tags of recommendations as the tagging workflow sees them: machine suggestions replaced
// in bulk, a person's decision (confirmed or rejected) set on one tag, and the decided tags
// read back for retraining. The primary key (recommendation, term) holds one tag per term.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { TagOrigin } from '../../contracts/enums.ts';
import { recordset } from './bulk.ts';

/** Recommendations of the given documents that have text, by id after `afterId` (keyset pages). */
export async function findRecommendationTexts(db: Kysely<DB>, documentIds: readonly string[], afterId: string | null, limit: number): Promise<{ id: string; text: string }[]> {
  if (documentIds.length === 0) return [];
  let q = db.selectFrom('recommendations').select(['id', 'text']).where('document_id', 'in', [...documentIds]).where(sql<boolean>`btrim(text) <> ''`).orderBy('id').limit(limit);
  if (afterId) q = q.where('id', '>', afterId);
  return q.execute();
}

export async function countRecommendationTexts(db: Kysely<DB>, documentIds: readonly string[]): Promise<number> {
  if (documentIds.length === 0) return 0;
  const { rows } = await sql<{ n: number }>`select count(*)::int as n from recommendations where document_id in (${sql.join(documentIds.map((d) => sql`${d}::uuid`))}) and btrim(text) <> ''`.execute(db);
  return rows[0]?.n ?? 0;
}

/**
 * Replaces the machine suggestions of these recommendations by `tags`. Tags of any other
 * origin (imported, confirmed, rejected) are left as they are: a suggestion for the same
 * term is dropped.
 */
export async function replaceSuggestedTags(db: Kysely<DB>, recommendationIds: readonly string[], tags: readonly { recommendationId: string; termId: string; confidence: number }[]): Promise<number> {
  if (recommendationIds.length === 0) return 0;
  await db.deleteFrom('recommendation_tags').where('origin', '=', 'suggested').where('recommendation_id', 'in', [...recommendationIds]).execute();
  let stored = 0;
  for (let i = 0; i < tags.length; i += 5000) {
    const values = tags.slice(i, i + 5000).map((t) => ({ recommendation_id: t.recommendationId, term_id: t.termId, confidence: t.confidence }));
    const r = await sql`insert into recommendation_tags (recommendation_id, term_id, origin, confidence)
      select recommendation_id, term_id, 'suggested', confidence from ${recordset(values, 'recommendation_id uuid, term_id uuid, confidence real')}
      on conflict (recommendation_id, term_id) do nothing`.execute(db);
    stored += Number(r.numAffectedRows ?? 0);
  }
  return stored;
}

export interface TagRow {
  termId: string;
  taxonomy: string;
  code: string;
  label: string;
  /** The term's label by language (`en`, and `fr`/`es` for SDG goals and targets). */
  labels: Record<string, string>;
  origin: TagOrigin;
  confidence: number | null;
  decidedBy: string | null;
}

export async function findTag(db: Kysely<DB>, recommendationId: string, termId: string): Promise<TagRow | null> {
  const row = await db
    .selectFrom('recommendation_tags as t')
    .innerJoin('taxonomy_terms as tt', 'tt.id', 't.term_id')
    .select(['t.term_id as termId', 'tt.taxonomy', 'tt.code', 'tt.label', 'tt.labels', 't.origin', 't.confidence', 't.decided_by as decidedBy'])
    .where('t.recommendation_id', '=', recommendationId)
    .where('t.term_id', '=', termId)
    .executeTakeFirst();
  return row ? { ...row, labels: row.labels as Record<string, string>, origin: row.origin as TagOrigin } : null;
}

/** Sets a person's decision on a tag, creating the tag when the machine had not suggested it. */
export async function decideTag(db: Kysely<DB>, recommendationId: string, termId: string, origin: 'confirmed' | 'rejected', decidedBy: string | null): Promise<void> {
  await db
    .insertInto('recommendation_tags')
    .values({ recommendation_id: recommendationId, term_id: termId, origin, decided_by: decidedBy })
    .onConflict((oc) => oc.columns(['recommendation_id', 'term_id']).doUpdateSet({ origin, decided_by: decidedBy, created_at: new Date() }))
    .execute();
}

export interface DecidedTagRow {
  recommendationId: string;
  text: string;
  code: string;
  origin: TagOrigin;
}

/**
 * Tags of one taxonomy on recommendations that a person has decided on at least once
 * (confirmed or rejected a tag of that taxonomy), with their text, by recommendation.
 */
export async function findDecidedTags(db: Kysely<DB>, taxonomy: string): Promise<DecidedTagRow[]> {
  const { rows } = await sql<DecidedTagRow>`
    select r.id as "recommendationId", r.text, tt.code, t.origin
    from recommendation_tags t
    join taxonomy_terms tt on tt.id = t.term_id and tt.taxonomy = ${taxonomy}
    join recommendations r on r.id = t.recommendation_id
    where btrim(r.text) <> '' and exists (
      select 1 from recommendation_tags d join taxonomy_terms dt on dt.id = d.term_id and dt.taxonomy = ${taxonomy}
      where d.recommendation_id = t.recommendation_id and d.origin in ('confirmed', 'rejected'))
    order by r.id, tt.code`.execute(db);
  return rows;
}
