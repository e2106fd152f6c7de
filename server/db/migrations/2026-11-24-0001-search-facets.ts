// Search facets, index-backed: every recommendation carries the keys of the facets it
// belongs to (`mechanism:upr`, `state:FRA`, `theme:<term id>`, `grade:variable`…) in one
// GIN-indexed array, kept current by triggers. A search then filters with `&&` on that
// index and counts every facet in one pass over the matched rows, instead of one join and
// one grouping per facet. Plain SQL, frozen; never imports application code.
import { sql, type Kysely } from 'kysely';

const statements = [
  `alter table recommendations add column facet_keys text[] not null default '{}'`,

  // The keys of one recommendation, from its own columns, its document and its children.
  `create function recommendation_facet_keys(rid uuid, doc uuid, pos text, sess integer) returns text[]
   language sql stable as $$
     select coalesce(array_agg(k), '{}') from (
       select 'document:' || doc::text as k
       union all select 'mechanism:' || d.mechanism from documents d where d.id = doc and d.mechanism is not null
       union all select 'session:' || coalesce(sess, d.session) from documents d where d.id = doc and coalesce(sess, d.session) is not null
       union all select 'position:' || pos where pos is not null
       union all select 'state:' || rs.state from recommendation_states rs where rs.recommendation_id = rid
       union all select case tt.taxonomy when 'sdg' then 'sdg:' when 'uhri-affected' then 'persons:' else 'theme:' end || tt.id::text
         from recommendation_tags t join taxonomy_terms tt on tt.id = t.term_id
         where t.recommendation_id = rid and t.origin <> 'rejected'
       union all select distinct 'institution:' || a.institution_id::text from assignments a where a.recommendation_id = rid
       union all select distinct 'assessor:' || a.assessor_id::text from assessments a where a.recommendation_id = rid and a.state = 'published'
       union all (select 'grade:' || a.grade from assessments a join reporting_periods p on p.id = a.period_id
         where a.recommendation_id = rid and a.state = 'published' order by p.ends_on desc, a.created_at desc limit 1)
     ) keys
   $$`,

  `create function recommendations_set_facet_keys() returns trigger language plpgsql as $$
   begin
     new.facet_keys := recommendation_facet_keys(new.id, new.document_id, new.position, new.session);
     return new;
   end $$`,
  `create trigger recommendations_facet_keys before insert or update of document_id, position, session on recommendations
   for each row execute function recommendations_set_facet_keys()`,

  // Children change in bulk (an import inserts thousands of rows at once): one set-based
  // refresh per statement, through the transition tables.
  `create function refresh_facet_keys_new() returns trigger language plpgsql as $$
   begin
     update recommendations r set facet_keys = recommendation_facet_keys(r.id, r.document_id, r.position, r.session)
     where r.id in (select n.recommendation_id from new_rows n where n.recommendation_id is not null);
     return null;
   end $$`,
  `create function refresh_facet_keys_old() returns trigger language plpgsql as $$
   begin
     update recommendations r set facet_keys = recommendation_facet_keys(r.id, r.document_id, r.position, r.session)
     where r.id in (select o.recommendation_id from old_rows o where o.recommendation_id is not null);
     return null;
   end $$`,
  ...['recommendation_states', 'recommendation_tags', 'assignments', 'assessments'].flatMap((table) => [
    `create trigger ${table}_facets_insert after insert on ${table} referencing new table as new_rows
     for each statement execute function refresh_facet_keys_new()`,
    `create trigger ${table}_facets_update_new after update on ${table} referencing new table as new_rows
     for each statement execute function refresh_facet_keys_new()`,
    `create trigger ${table}_facets_update_old after update on ${table} referencing old table as old_rows
     for each statement execute function refresh_facet_keys_old()`,
    `create trigger ${table}_facets_delete after delete on ${table} referencing old table as old_rows
     for each statement execute function refresh_facet_keys_old()`,
  ]),

  // A placeholder document filled in by a later import changes its recommendations' keys.
  `create function documents_refresh_facet_keys() returns trigger language plpgsql as $$
   begin
     update recommendations r set facet_keys = recommendation_facet_keys(r.id, r.document_id, r.position, r.session)
     where r.document_id = new.id;
     return null;
   end $$`,
  `create trigger documents_facet_keys after update of mechanism, session on documents
   for each row when (old.mechanism is distinct from new.mechanism or old.session is distinct from new.session)
   execute function documents_refresh_facet_keys()`,

  `update recommendations set facet_keys = recommendation_facet_keys(id, document_id, position, session)`,

  // The facet counts of the whole published set (a search without words or filters), kept
  // by the same changes: O(changed rows) per statement instead of a pass over every row.
  `create table facet_key_counts (key text primary key, count integer not null)`,
  `create function facet_key_delta(delta_rows text[], sign integer) returns void language sql as $$
     insert into facet_key_counts (key, count)
     select k, sign * count(*)::int from unnest(delta_rows) k group by k
     on conflict (key) do update set count = facet_key_counts.count + excluded.count
   $$`,
  `create function count_facet_keys() returns trigger language plpgsql as $$
   begin
     if tg_op in ('UPDATE', 'DELETE') then
       perform facet_key_delta(array(select unnest('_total'::text || o.facet_keys) from old_rows o where o.state = 'published'), -1);
     end if;
     if tg_op in ('UPDATE', 'INSERT') then
       perform facet_key_delta(array(select unnest('_total'::text || n.facet_keys) from new_rows n where n.state = 'published'), 1);
     end if;
     return null;
   end $$`,
  `create trigger recommendations_count_insert after insert on recommendations referencing new table as new_rows
   for each statement execute function count_facet_keys()`,
  `create trigger recommendations_count_update after update on recommendations referencing old table as old_rows new table as new_rows
   for each statement execute function count_facet_keys()`,
  `create trigger recommendations_count_delete after delete on recommendations referencing old table as old_rows
   for each statement execute function count_facet_keys()`,
  `insert into facet_key_counts (key, count)
   select k, count(*)::int from recommendations, unnest('_total'::text || facet_keys) k where state = 'published' group by k`,
  `create index recommendations_facet_keys on recommendations using gin (facet_keys)`,
  // Backups leave out what triggers rebuild from the rest (see backup.repository.ts).
  `comment on column recommendations.facet_keys is 'derived: kept by the facet triggers'`,
  `comment on table facet_key_counts is 'derived: kept by the facet triggers'`,
  // Sorting the published set by date without reading every row.
  `create index recommendations_published_created on recommendations (created_at desc) where state = 'published'`,
  `create index benchmark_sources_recommendation on benchmark_sources (recommendation_id)`,
  `create index action_recommendations_recommendation on action_recommendations (recommendation_id)`,
  `create index indicator_recommendations_recommendation on indicator_recommendations (recommendation_id)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['recommendation_states', 'recommendation_tags', 'assignments', 'assessments']) {
    for (const suffix of ['insert', 'update_new', 'update_old', 'delete']) await sql.raw(`drop trigger if exists ${table}_facets_${suffix} on ${table}`).execute(db);
  }
  await sql.raw('drop trigger if exists documents_facet_keys on documents').execute(db);
  await sql.raw('drop trigger if exists recommendations_facet_keys on recommendations').execute(db);
  for (const suffix of ['insert', 'update', 'delete']) await sql.raw(`drop trigger if exists recommendations_count_${suffix} on recommendations`).execute(db);
  await sql.raw('drop function if exists count_facet_keys()').execute(db);
  await sql.raw('drop function if exists facet_key_delta(text[], integer)').execute(db);
  await sql.raw('drop table if exists facet_key_counts').execute(db);
  for (const fn of ['documents_refresh_facet_keys', 'refresh_facet_keys_new', 'refresh_facet_keys_old', 'recommendations_set_facet_keys']) {
    await sql.raw(`drop function if exists ${fn}()`).execute(db);
  }
  await sql.raw('drop function if exists recommendation_facet_keys(uuid, uuid, text, integer)').execute(db);
  for (const index of ['recommendations_published_created', 'benchmark_sources_recommendation', 'action_recommendations_recommendation', 'indicator_recommendations_recommendation']) {
    await sql.raw(`drop index if exists ${index}`).execute(db);
  }
  await sql.raw('alter table recommendations drop column if exists facet_keys').execute(db);
}
