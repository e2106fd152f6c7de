// Prefix searches match words as written. The `search` vectors are stemmed in English, so a
// prefix met stems, not words: `educat*` became 'educat':* while "education" is stored as
// 'educ', and found almost nothing. A second vector per row holds the words as written
// (the 'simple' configuration: lower-cased, not stemmed, no stop words dropped), after
// search_fold (compatibility forms and accents taken off: "ﬁnance" → "finance",
// "éducation" → "education"); prefixes are matched there, words and phrases still on the
// English one. Both vectors come from the same parser, so a prefix split by it (`co-op*`,
// `l'educ*`) stands for the same run of words as in the text. search_fold is plain SQL
// (normalize needs a UTF-8 database, which PGlite and ours are), the same on PGlite and on a
// server, and the queries fold prefixes with it too. The new GIN indexes join the flush at
// commit of 2026-11-28-0101. Plain SQL, frozen; never imports application code.
import { sql, type Kysely } from 'kysely';

const flushFunction = (indexes: string[]) => `create or replace function flush_search_indexes() returns trigger language plpgsql security definer set search_path from current as $$
   begin
     delete from search_index_flush_pending where xid = new.xid;
     perform gin_clean_pending_list(i) from unnest('{${indexes.join(',')}}'::regclass[]) i;
     return null;
   end $$`;

/** The indexes 2026-11-28-0101 flushes, restored by down(). */
const BEFORE = ['recommendations_search', 'recommendations_facet_keys', 'documents_search'];
const AFTER = [...BEFORE, 'recommendations_search_simple', 'documents_search_simple'];

const statements = [
  // Text in ASCII alone (as many bytes as characters) has nothing to fold: most texts are, and
  // the check costs a quarter of the folding, which imports pay on every row.
  `create function search_fold(t text) returns text language sql immutable strict parallel safe
   return case when octet_length(t) = length(t) then t else regexp_replace(normalize(t, NFKD), '[\\u0300-\\u036f]', '', 'g') end`,
  `comment on function search_fold(text) is 'text without compatibility forms and accents, as the words-as-written vectors and the prefixes searched in them hold it'`,

  `alter table recommendations add column search_simple tsvector
    generated always as (to_tsvector('simple', search_fold(coalesce(text, '')))) stored`,
  `comment on column recommendations.search_simple is 'the words of text as written (not stemmed): what prefix searches match'`,
  `create index recommendations_search_simple on recommendations using gin(search_simple)`,

  `alter table documents add column search_simple tsvector
    generated always as (to_tsvector('simple', search_fold(coalesce(symbol, '') || ' ' || coalesce(title, '')))) stored`,
  `comment on column documents.search_simple is 'the words of symbol and title as written (not stemmed): what prefix searches match'`,
  `create index documents_search_simple on documents using gin(search_simple)`,

  flushFunction(AFTER),
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw(flushFunction(BEFORE)).execute(db);
  await sql.raw('drop index if exists documents_search_simple').execute(db);
  await sql.raw('alter table documents drop column if exists search_simple').execute(db);
  await sql.raw('drop index if exists recommendations_search_simple').execute(db);
  await sql.raw('alter table recommendations drop column if exists search_simple').execute(db);
  await sql.raw('drop function if exists search_fold(text)').execute(db);
}
