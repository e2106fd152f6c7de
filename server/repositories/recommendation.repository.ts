// Recommendations with their recommending States, tags and links. Identity within a
// document: (country, session, ref), so importing a cited document fills the placeholder
// recommendation that a citation created instead of duplicating it.
import { sql, type Kysely } from 'kysely';
import { recordset } from './bulk.ts';
import type { DB } from '../db/schema.ts';
import type { Position, PublicationState } from '../../contracts/enums.ts';

export interface RecommendationInput {
  ref: string;
  text: string;
  paragraphId: string | null;
  addressee: string | null;
  position: Position | null;
  positionDocumentId: string | null;
  cluster: string | null;
  subTheme: string | null;
  country: string | null;
  cycle: number | null;
  session: number | null;
  state: PublicationState;
  /** The recommending States, in order: they replace those an existing recommendation has. */
  states: readonly string[];
  /** The terms of its imported tags: added, an existing tag of the same term is never overwritten. */
  termIds: readonly string[];
}

const BATCH = 2000;

function identity(ref: string, country: string | null, session: number | null): string {
  return `${country ?? ''}|${session ?? 0}|${ref}`;
}

/**
 * Inserts or updates (by identity) recommendations of one document with their States and
 * tags; returns their ids in input order. A new recommendation is written once, with its
 * facet keys and, in the same statement, the States and tags they name (migration
 * 2026-11-28-0001 takes such keys at their word); an existing one is updated and its
 * States and tags written after it, which queues its keys for the refresh at commit.
 */
export async function upsertRecommendations(db: Kysely<DB>, documentId: string, recs: readonly RecommendationInput[]): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < recs.length; i += BATCH) {
    const batch = recs.slice(i, i + BATCH).map((r) => ({ ...r, states: [...new Set(r.states)], termIds: [...new Set(r.termIds)] }));
    const rows = batch.map((r, i) => ({
      i,
      ref: r.ref,
      text: r.text,
      paragraph_id: r.paragraphId,
      addressee: r.addressee,
      position: r.position,
      position_document_id: r.positionDocumentId,
      cluster: r.cluster,
      sub_theme: r.subTheme,
      country: r.country,
      cycle: r.cycle,
      session: r.session,
      state: r.state,
      states: r.states,
      term_ids: r.termIds,
    }));
    // xmax is 0 on a row this statement inserted, and set on one it updated.
    const result = await sql<{ id: string; ref: string; country: string | null; session: number | null; inserted: boolean }>`
      with x as (select * from ${recordset(rows, 'i int, ref text, text text, paragraph_id uuid, addressee text, position text, position_document_id uuid, cluster text, sub_theme text, country char(3), cycle int, session int, state text, states text[], term_ids uuid[]')}),
      tag_keys as (
        select x.i, array_agg(tag_facet_key(tt.taxonomy, tt.id)) as keys
        from x cross join unnest(x.term_ids) t(id) join taxonomy_terms tt on tt.id = t.id group by x.i),
      stored as (
        insert into recommendations (document_id, ref, text, paragraph_id, addressee, position, position_document_id, cluster, sub_theme, country, cycle, session, state, facet_keys)
        select d.id, x.ref, x.text, x.paragraph_id, x.addressee, x.position, x.position_document_id, x.cluster, x.sub_theme, x.country, x.cycle, x.session, x.state,
          facet_keys_from(d.id, d.mechanism, coalesce(x.session, d.session), x.position, x.states, tag_keys.keys, null, null, null)
        from documents d, x left join tag_keys on tag_keys.i = x.i where d.id = ${documentId}::uuid
        on conflict (document_id, coalesce(country, ''), coalesce(session, 0), ref) do update set
          text = excluded.text,
          paragraph_id = excluded.paragraph_id,
          addressee = excluded.addressee,
          position = coalesce(excluded.position, recommendations.position),
          position_document_id = coalesce(excluded.position_document_id, recommendations.position_document_id),
          cluster = excluded.cluster,
          sub_theme = excluded.sub_theme,
          cycle = excluded.cycle,
          updated_at = now(),
          version = recommendations.version + 1
        returning id, ref, country, session, xmax = 0 as inserted),
      fresh as (
        select stored.id, x.states, x.term_ids from stored
        join x on x.ref = stored.ref and coalesce(x.country, '') = coalesce(stored.country, '') and coalesce(x.session, 0) = coalesce(stored.session, 0)
        where stored.inserted),
      fresh_states as (
        insert into recommendation_states (recommendation_id, state, ordinal)
        select fresh.id, s.state, s.ordinal - 1 from fresh, unnest(fresh.states) with ordinality s(state, ordinal)),
      fresh_tags as (
        insert into recommendation_tags (recommendation_id, term_id, origin)
        select fresh.id, t.term_id, 'imported' from fresh, unnest(fresh.term_ids) t(term_id))
      select id, ref, country, session, inserted from stored`.execute(db);
    const byIdentity = new Map(result.rows.map((r) => [identity(r.ref, r.country, r.session), r]));
    const updated: { id: string; rec: (typeof batch)[number] }[] = [];
    for (const r of batch) {
      const row = byIdentity.get(identity(r.ref, r.country, r.session));
      if (!row) throw new Error(`recommendation ${r.ref} was not stored`);
      ids.push(row.id);
      if (!row.inserted) updated.push({ id: row.id, rec: r });
    }
    await replaceRecommendingStates(db, updated.map((u) => ({ recommendationId: u.id, states: u.rec.states })));
    await addImportedTags(db, updated.flatMap((u) => u.rec.termIds.map((termId) => ({ recommendationId: u.id, termId }))));
  }
  return ids;
}

/** The recommendation a citation points at (document + paragraph), created empty when unknown. */
export async function ensureCitedRecommendation(db: Kysely<DB>, documentId: string, ref: string): Promise<string> {
  const existing = await db
    .selectFrom('recommendations')
    .select('id')
    .where('document_id', '=', documentId)
    .where('ref', '=', ref)
    .where('country', 'is', null)
    .where('session', 'is', null)
    .executeTakeFirst();
  if (existing) return existing.id;
  const row = await db.insertInto('recommendations').values({ document_id: documentId, ref, text: '', state: 'draft' }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

async function replaceRecommendingStates(db: Kysely<DB>, rows: readonly { recommendationId: string; states: readonly string[] }[]): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) {
    const batch = rows.slice(i, i + BATCH);
    await sql`delete from recommendation_states where recommendation_id = any(${batch.map((r) => r.recommendationId)}::uuid[])`.execute(db);
    const values = batch.flatMap((r) => [...new Set(r.states)].map((state, ordinal) => ({ recommendation_id: r.recommendationId, state, ordinal })));
    if (values.length === 0) continue;
    await sql`insert into recommendation_states (recommendation_id, state, ordinal)
      select recommendation_id, state, ordinal from ${recordset(values, 'recommendation_id uuid, state char(3), ordinal smallint')}`.execute(db);
  }
}

/** Adds imported tags; an existing tag of the same term is never overwritten (confirmed ones stay). */
async function addImportedTags(db: Kysely<DB>, tags: readonly { recommendationId: string; termId: string }[]): Promise<void> {
  for (let i = 0; i < tags.length; i += BATCH * 2) {
    const values = tags.slice(i, i + BATCH * 2).map((t) => ({ recommendation_id: t.recommendationId, term_id: t.termId }));
    await sql`insert into recommendation_tags (recommendation_id, term_id, origin)
      select recommendation_id, term_id, 'imported' from ${recordset(values, 'recommendation_id uuid, term_id uuid')}
      on conflict (recommendation_id, term_id) do nothing`.execute(db);
  }
}

export async function addLink(db: Kysely<DB>, fromId: string, toId: string, kind: 'cites' | 'same-as' | 'related', score: number | null): Promise<void> {
  await db.insertInto('recommendation_links').values({ from_id: fromId, to_id: toId, kind, score }).onConflict((oc) => oc.columns(['from_id', 'to_id', 'kind']).doNothing()).execute();
}

/** Sets positions (from an addendum) on a document's recommendations by ref; returns how many matched. */
export async function updatePositions(db: Kysely<DB>, documentId: string, updates: readonly { ref: string; position: Position }[], positionDocumentId: string): Promise<number> {
  let n = 0;
  for (const u of updates) {
    const r = await db
      .updateTable('recommendations')
      .set((eb) => ({ position: u.position, position_document_id: positionDocumentId, updated_at: new Date(), version: eb('version', '+', 1) }))
      .where('document_id', '=', documentId)
      .where('ref', '=', u.ref)
      .executeTakeFirst();
    n += Number(r.numUpdatedRows);
  }
  return n;
}

export async function setRecommendationStateForDocument(db: Kysely<DB>, documentId: string, from: PublicationState, to: PublicationState): Promise<void> {
  await db.updateTable('recommendations').set({ state: to }).where('document_id', '=', documentId).where('state', '=', from).execute();
}

/** Gives a placeholder (cited, not yet imported) recommendation the text a citing document quotes. */
export async function fillEmptyText(db: Kysely<DB>, id: string, text: string): Promise<void> {
  await db.updateTable('recommendations').set({ text }).where('id', '=', id).where('text', '=', '').execute();
}
