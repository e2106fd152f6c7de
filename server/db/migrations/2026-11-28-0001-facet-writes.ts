// Search facets, written once and in order. Two changes to the queue of 2026-11-25-0041:
//
// - A bulk insert that gives the keys is taken at its word, and a new State or tag whose key
//   the recommendation already holds changes nothing, so neither queues: an import writes
//   each recommendation and its children once, and the refresh at commit has nothing to do.
//   The one writer that gives keys (upsertRecommendations) stores, in the same statement,
//   the States and tags they name. A recommendation inserted without keys is queued as before.
//   What is queued keeps this true: a recommendation outside the queue holds the keys of its rows.
// - Queuing a recommendation locks its row until commit. Two transactions that change one
//   recommendation's States, tags, assignments, assessments or position at once then follow
//   each other, and the second's refresh, at its commit, reads the first's rows; before,
//   each recomputed from its own snapshot and the last to write lost the other's change.
//
// Plain SQL, frozen; never imports application code.
import { sql, type Kysely } from 'kysely';

const statements = [
  `create or replace function queue_facet_refresh(ids uuid[]) returns void language plpgsql as $$
   begin
     if coalesce(cardinality(ids), 0) = 0 then return; end if;
     -- In id order, so that two transactions locking some of the same rows cannot deadlock.
     perform 1 from recommendations r where r.id = any(ids) order by r.id for no key update;
     insert into facet_refresh_queue (xid, recommendation_id) select txid_current(), i from unnest(ids) i where i is not null;
     insert into facet_refresh_pending (xid) values (txid_current()) on conflict do nothing;
   end $$`,

  `create or replace function queue_new_recommendations() returns trigger language plpgsql as $$
   begin perform queue_facet_refresh(array(select n.id from new_rows n where cardinality(n.facet_keys) = 0)); return null; end $$`,

  // A key spelled differently here than in facet_keys_from would only queue what need not be.
  // Each recommendation is read by its id (a subquery per row, not a join): for a large
  // statement the planner would otherwise read every recommendation.
  `create function queue_new_states() returns trigger language plpgsql as $$
   begin
     perform queue_facet_refresh(array(
       select distinct n.recommendation_id from new_rows n
       where not coalesce((select r.facet_keys @> array['state:' || n.state::text] from recommendations r where r.id = n.recommendation_id), false)));
     return null;
   end $$`,
  `create function queue_new_tags() returns trigger language plpgsql as $$
   begin
     perform queue_facet_refresh(array(
       select distinct n.recommendation_id from new_rows n join taxonomy_terms tt on tt.id = n.term_id
       where n.origin <> 'rejected'
         and not coalesce((select r.facet_keys @> array[tag_facet_key(tt.taxonomy, tt.id)] from recommendations r where r.id = n.recommendation_id), false)));
     return null;
   end $$`,
  `drop trigger recommendation_states_facets_insert on recommendation_states`,
  `create trigger recommendation_states_facets_insert after insert on recommendation_states referencing new table as new_rows
   for each statement execute function queue_new_states()`,
  `drop trigger recommendation_tags_facets_insert on recommendation_tags`,
  `create trigger recommendation_tags_facets_insert after insert on recommendation_tags referencing new table as new_rows
   for each statement execute function queue_new_tags()`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['recommendation_states', 'recommendation_tags']) {
    await sql.raw(`drop trigger ${table}_facets_insert on ${table}`).execute(db);
    await sql.raw(`create trigger ${table}_facets_insert after insert on ${table} referencing new table as new_rows
      for each statement execute function queue_children_new()`).execute(db);
  }
  await sql.raw('drop function queue_new_tags()').execute(db);
  await sql.raw('drop function queue_new_states()').execute(db);
  await sql.raw(`create or replace function queue_new_recommendations() returns trigger language plpgsql as $$
    begin perform queue_facet_refresh(array(select n.id from new_rows n)); return null; end $$`).execute(db);
  await sql.raw(`create or replace function queue_facet_refresh(ids uuid[]) returns void language sql as $$
    insert into facet_refresh_queue (xid, recommendation_id) select txid_current(), i from unnest(ids) i where i is not null;
    insert into facet_refresh_pending (xid) select txid_current() where cardinality(ids) > 0 on conflict do nothing;
  $$`).execute(db);
}
