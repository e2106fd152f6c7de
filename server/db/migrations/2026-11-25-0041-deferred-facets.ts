// Search facets, refreshed once per transaction: the facet triggers of 2026-11-24-0001
// recomputed a recommendation's keys row by row and rewrote it after every statement that
// touched it or its children, so an import rewrote each new recommendation (with its text
// index entries) four or five times. Now a change only queues the ids it touches; one
// deferred trigger, at commit, computes the keys of every queued recommendation in one
// set-based statement and rewrites only those whose keys differ. A bulk insert may also
// give the keys at once (facet_keys_from, the one place that spells them), so an import
// writes each recommendation once. Plain SQL, frozen; never imports application code.
import { sql, type Kysely } from 'kysely';

const CHILD_TABLES = ['recommendation_states', 'recommendation_tags', 'assignments', 'assessments'];

const statements = [
  // Retire the per-row and per-statement refreshes.
  ...CHILD_TABLES.flatMap((table) => ['insert', 'update_new', 'update_old', 'delete'].map((suffix) => `drop trigger ${table}_facets_${suffix} on ${table}`)),
  `drop trigger documents_facet_keys on documents`,
  `drop trigger recommendations_facet_keys on recommendations`,
  `drop function documents_refresh_facet_keys()`,
  `drop function refresh_facet_keys_new()`,
  `drop function refresh_facet_keys_old()`,
  `drop function recommendations_set_facet_keys()`,
  `drop function recommendation_facet_keys(uuid, uuid, text, integer)`,

  // The key of a tag: its taxonomy decides the facet.
  `create function tag_facet_key(taxonomy text, term uuid) returns text language sql immutable as $$
     select case taxonomy when 'sdg' then 'sdg:' when 'uhri-affected' then 'persons:' else 'theme:' end || term::text
   $$`,

  // Each value with a prefix (`state:` || each State), as a plain expression: no sub-select,
  // so the planner inlines it (values are codes and ids, which never hold the separator).
  `create function facet_prefixed(prefix text, vals text[]) returns text[] language sql immutable as $$
     select case when cardinality(vals) > 0 then string_to_array(prefix || array_to_string(vals, E'\\x1f' || prefix), E'\\x1f') else '{}'::text[] end
   $$`,

  // The keys of one recommendation from what it holds: the one place that spells them.
  // Inputs hold no repeats (the refresh aggregates with distinct); order does not matter
  // (the refresh compares keys as sets). A plain expression, inlined where it is called.
  `create function facet_keys_from(doc uuid, mechanism text, sess integer, pos text, states text[], tags text[],
     institutions uuid[], assessors uuid[], grade text) returns text[] language sql immutable as $$
     select array_remove(array['document:' || doc::text, 'mechanism:' || mechanism, 'session:' || sess::text, 'position:' || pos, 'grade:' || grade], null)
       || facet_prefixed('state:', states) || coalesce(tags, '{}'::text[])
       || facet_prefixed('institution:', institutions::text[]) || facet_prefixed('assessor:', assessors::text[])
   $$`,

  // The keys of a set of recommendations, computed from their children in one pass each.
  `create function facet_keys_of(ids uuid[]) returns table (id uuid, keys text[]) language sql stable as $$
     with r as (
       select r.id, r.document_id, r.position, coalesce(r.session, d.session) as session, d.mechanism
       from (select distinct i from unnest(ids) i) wanted join recommendations r on r.id = wanted.i
       join documents d on d.id = r.document_id
     ),
     st as (select rs.recommendation_id as id, array_agg(distinct rs.state::text) as a from recommendation_states rs join r on r.id = rs.recommendation_id group by 1),
     tg as (select t.recommendation_id as id, array_agg(distinct tag_facet_key(tt.taxonomy, tt.id)) as a
       from recommendation_tags t join r on r.id = t.recommendation_id join taxonomy_terms tt on tt.id = t.term_id
       where t.origin <> 'rejected' group by 1),
     inst as (select a.recommendation_id as id, array_agg(distinct a.institution_id) as a from assignments a join r on r.id = a.recommendation_id group by 1),
     published as (select a.recommendation_id as id, a.assessor_id, a.grade, p.ends_on, a.created_at
       from assessments a join r on r.id = a.recommendation_id join reporting_periods p on p.id = a.period_id where a.state = 'published'),
     asr as (select published.id, array_agg(distinct published.assessor_id) as a from published group by 1),
     latest as (select distinct on (published.id) published.id, published.grade from published order by published.id, published.ends_on desc, published.created_at desc)
     select r.id, facet_keys_from(r.document_id, r.mechanism, r.session, r.position, st.a, tg.a, inst.a, asr.a, latest.grade)
     from r left join st on st.id = r.id left join tg on tg.id = r.id left join inst on inst.id = r.id
       left join asr on asr.id = r.id left join latest on latest.id = r.id
   $$`,

  `create function refresh_facet_keys(ids uuid[]) returns void language sql as $$
     update recommendations r set facet_keys = k.keys from facet_keys_of(ids) k
     where r.id = k.id and not (r.facet_keys @> k.keys and r.facet_keys <@ k.keys)
   $$`,

  // The queue: ids touched by the open transaction, and one row per transaction whose
  // insertion schedules the refresh at commit (a deferred constraint trigger).
  `create table facet_refresh_queue (xid bigint not null, recommendation_id uuid not null)`,
  `create index facet_refresh_queue_xid on facet_refresh_queue (xid)`,
  `create table facet_refresh_pending (xid bigint primary key)`,
  `comment on table facet_refresh_queue is 'derived: emptied by the facet refresh at each commit'`,
  `comment on table facet_refresh_pending is 'derived: emptied by the facet refresh at each commit'`,

  `create function queue_facet_refresh(ids uuid[]) returns void language sql as $$
     insert into facet_refresh_queue (xid, recommendation_id) select txid_current(), i from unnest(ids) i where i is not null;
     insert into facet_refresh_pending (xid) select txid_current() where cardinality(ids) > 0 on conflict do nothing;
   $$`,

  `create function run_facet_refresh() returns trigger language plpgsql as $$
   declare ids uuid[];
   begin
     delete from facet_refresh_pending where xid = new.xid;
     with done as (delete from facet_refresh_queue where xid = new.xid returning recommendation_id)
     select array_agg(distinct recommendation_id) into ids from done;
     if ids is not null then perform refresh_facet_keys(ids); end if;
     return null;
   end $$`,
  `create constraint trigger facet_refresh_at_commit after insert on facet_refresh_pending
   deferrable initially deferred for each row execute function run_facet_refresh()`,

  // What queues: new recommendations, changes of the columns the keys read, and any
  // change of the children (one statement, one queue insert, through the transition tables).
  `create function queue_new_recommendations() returns trigger language plpgsql as $$
   begin perform queue_facet_refresh(array(select n.id from new_rows n)); return null; end $$`,
  `create trigger recommendations_facets_insert after insert on recommendations referencing new table as new_rows
   for each statement execute function queue_new_recommendations()`,
  `create function queue_changed_recommendation() returns trigger language plpgsql as $$
   begin perform queue_facet_refresh(array[new.id]); return null; end $$`,
  `create trigger recommendations_facets_update after update of document_id, position, session on recommendations
   for each row when (old.document_id is distinct from new.document_id or old.position is distinct from new.position or old.session is distinct from new.session)
   execute function queue_changed_recommendation()`,
  `create function queue_children_new() returns trigger language plpgsql as $$
   begin perform queue_facet_refresh(array(select distinct n.recommendation_id from new_rows n)); return null; end $$`,
  `create function queue_children_old() returns trigger language plpgsql as $$
   begin perform queue_facet_refresh(array(select distinct o.recommendation_id from old_rows o)); return null; end $$`,
  ...CHILD_TABLES.flatMap((table) => [
    `create trigger ${table}_facets_insert after insert on ${table} referencing new table as new_rows
     for each statement execute function queue_children_new()`,
    `create trigger ${table}_facets_update_new after update on ${table} referencing new table as new_rows
     for each statement execute function queue_children_new()`,
    `create trigger ${table}_facets_update_old after update on ${table} referencing old table as old_rows
     for each statement execute function queue_children_old()`,
    `create trigger ${table}_facets_delete after delete on ${table} referencing old table as old_rows
     for each statement execute function queue_children_old()`,
  ]),
  // A placeholder document filled in by a later import changes its recommendations' keys.
  `create function queue_document_recommendations() returns trigger language plpgsql as $$
   begin perform queue_facet_refresh(array(select r.id from recommendations r where r.document_id = new.id)); return null; end $$`,
  `create trigger documents_facet_keys after update of mechanism, session on documents
   for each row when (old.mechanism is distinct from new.mechanism or old.session is distinct from new.session)
   execute function queue_document_recommendations()`,

  // The counts of the whole published set: one grouped upsert per statement, the net
  // change of the keys of the rows it wrote (an update that moves no key writes nothing).
  `create or replace function count_facet_keys() returns trigger language plpgsql as $$
   begin
     if tg_op = 'INSERT' then
       insert into facet_key_counts (key, count)
       select k, count(*)::int from new_rows n, unnest('_total'::text || n.facet_keys) k where n.state = 'published' group by k
       on conflict (key) do update set count = facet_key_counts.count + excluded.count;
     elsif tg_op = 'DELETE' then
       insert into facet_key_counts (key, count)
       select k, -count(*)::int from old_rows o, unnest('_total'::text || o.facet_keys) k where o.state = 'published' group by k
       on conflict (key) do update set count = facet_key_counts.count + excluded.count;
     else
       insert into facet_key_counts (key, count)
       select k, sum(delta)::int from (
         select k, 1 as delta from new_rows n, unnest('_total'::text || n.facet_keys) k where n.state = 'published'
         union all select k, -1 from old_rows o, unnest('_total'::text || o.facet_keys) k where o.state = 'published'
       ) changes group by k having sum(delta) <> 0
       on conflict (key) do update set count = facet_key_counts.count + excluded.count;
     end if;
     return null;
   end $$`,

  // Paging the published set in date order reads, per document, the first rows of this
  // index instead of sorting every row. Nothing searches by state alone: that index only
  // tempted the planner into a bitmap of every row next to the search's own, and cost
  // every insert.
  `drop index recommendations_published_created`,
  `drop index recommendations_state`,
  `create index recommendations_published_document on recommendations (document_id, created_at, id) where state = 'published'`,

  // Every recommendation once with the new spelling (sorted keys); the counts follow.
  `select refresh_facet_keys(array(select id from recommendations))`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of CHILD_TABLES) {
    for (const suffix of ['insert', 'update_new', 'update_old', 'delete']) await sql.raw(`drop trigger if exists ${table}_facets_${suffix} on ${table}`).execute(db);
  }
  for (const [trigger, table] of [
    ['documents_facet_keys', 'documents'],
    ['recommendations_facets_insert', 'recommendations'],
    ['recommendations_facets_update', 'recommendations'],
    ['facet_refresh_at_commit', 'facet_refresh_pending'],
  ]) {
    await sql.raw(`drop trigger if exists ${trigger} on ${table}`).execute(db);
  }
  for (const fn of ['queue_document_recommendations()', 'queue_children_old()', 'queue_children_new()', 'queue_changed_recommendation()', 'queue_new_recommendations()', 'run_facet_refresh()']) {
    await sql.raw(`drop function if exists ${fn}`).execute(db);
  }
  await sql.raw('drop function if exists queue_facet_refresh(uuid[])').execute(db);
  await sql.raw('drop table if exists facet_refresh_pending').execute(db);
  await sql.raw('drop table if exists facet_refresh_queue').execute(db);
  await sql.raw('drop function if exists refresh_facet_keys(uuid[])').execute(db);
  await sql.raw('drop function if exists facet_keys_of(uuid[])').execute(db);
  await sql.raw('drop function if exists facet_keys_from(uuid, text, integer, text, text[], text[], uuid[], uuid[], text)').execute(db);
  await sql.raw('drop function if exists facet_prefixed(text, text[])').execute(db);
  await sql.raw('drop function if exists tag_facet_key(text, uuid)').execute(db);
  await sql.raw('drop index if exists recommendations_published_document').execute(db);
  await sql.raw('create index if not exists recommendations_state on recommendations (state)').execute(db);
  await sql.raw(`create index if not exists recommendations_published_created on recommendations (created_at desc) where state = 'published'`).execute(db);
}
