// Searches read no pending index entries. A GIN index (the recommendations' words and facet
// keys, the documents' words) takes new entries into a pending list, which every search
// through the index reads in full until a vacuum moves them into the index proper. PGlite
// has no autovacuum, so after an import each search read about 500 pending pages (4 MB),
// half its time. A write to recommendations or documents marks its transaction, and one
// deferred trigger moves the pending entries into the indexes at commit: writes keep the
// batching the pending list gives them within a transaction, and readers find it empty.
// Plain SQL, frozen; never imports application code.
import { sql, type Kysely } from 'kysely';

const INDEXES = ['recommendations_search', 'recommendations_facet_keys', 'documents_search'];

const statements = [
  `create table search_index_flush_pending (xid bigint primary key)`,
  `comment on table search_index_flush_pending is 'derived: emptied by the index flush at each commit'`,

  // One row per writing transaction, whatever the number of its statements.
  `create function mark_search_index_flush() returns trigger language plpgsql as $$
   begin insert into search_index_flush_pending (xid) values (txid_current()) on conflict do nothing; return null; end $$`,
  ...['recommendations', 'documents'].map(
    (table) => `create trigger ${table}_search_index_flush after insert or update or delete on ${table}
     for each statement execute function mark_search_index_flush()`,
  ),

  // gin_clean_pending_list needs the owner of the indexes: the function runs as its owner
  // (who migrated), so a writer with fewer rights still commits. Writes made at commit by
  // other deferred triggers (the facet refresh) mark again and are flushed in turn.
  `create function flush_search_indexes() returns trigger language plpgsql security definer set search_path from current as $$
   begin
     delete from search_index_flush_pending where xid = new.xid;
     perform gin_clean_pending_list(i) from unnest('{${INDEXES.join(',')}}'::regclass[]) i;
     return null;
   end $$`,
  `create constraint trigger search_index_flush_at_commit after insert on search_index_flush_pending
   deferrable initially deferred for each row execute function flush_search_indexes()`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('drop trigger if exists search_index_flush_at_commit on search_index_flush_pending').execute(db);
  await sql.raw('drop trigger if exists recommendations_search_index_flush on recommendations').execute(db);
  await sql.raw('drop trigger if exists documents_search_index_flush on documents').execute(db);
  await sql.raw('drop function if exists flush_search_indexes()').execute(db);
  await sql.raw('drop function if exists mark_search_index_flush()').execute(db);
  await sql.raw('drop table if exists search_index_flush_pending').execute(db);
}
