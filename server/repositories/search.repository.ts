// Full-text and faceted search over published recommendations. The matched set is built
// once per statement (a materialised CTE) and every facet is counted from it in the same
// statement, so a search costs two statements whatever the number of facets.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { Language } from '../../contracts/languages.ts';
import type { FacetName, SearchSort } from '../../contracts/search.ts';
import { shownName, stateLabel, stateRegion, termLabel } from './reference-labels.ts';

/** Taxonomies that are not themes: the facets of their own. */
export const PERSONS_TAXONOMY = 'uhri-affected';
export const SDG_TAXONOMY = 'sdg';

/**
 * The words of a query, split the way Postgres parses them: alternatives (`or`), a text
 * matching when it matches one of them, as websearch_to_tsquery reads `or`.
 */
export interface TextQuery {
  anyOf: TextClause[];
}

/** One alternative: all of its words and prefixes must match. */
export interface TextClause {
  /** Handed to websearch_to_tsquery: words, "phrases", -excluded, or; matched stemmed in English. */
  web: string;
  /** Prefixes (`expr*`), matched against the words as written (`search_simple`). */
  prefixes: PrefixTerm[];
}

export interface PrefixTerm {
  /** As typed, any characters: quoted before PostgreSQL parses it. */
  text: string;
  /** `-expr*`: no word may begin so. */
  exclude: boolean;
}

export interface SearchFilter {
  text: TextQuery | null;
  filters: Record<FacetName, string[]>;
}

export interface FacetRow {
  facet: FacetName | '_total';
  value: string;
  label: string;
  count: number;
}

export interface HitRow {
  id: string;
  ref: string;
  text: string;
  position: string | null;
  session: number | null;
  cycle: number | null;
  documentId: string;
  symbol: string | null;
  title: string | null;
  mechanism: string | null;
  body: string | null;
  date: string | null;
  states: string[] | null;
  grade: string | null;
  gradeLabel: string | null;
  colour: string | null;
  period: string | null;
}

export interface DocumentHitRow {
  id: string;
  symbol: string | null;
  title: string | null;
  mechanism: string | null;
  body: string | null;
  date: string | null;
}

function hasWords(text: TextClause): boolean {
  return text.web.trim() !== '';
}

/** The one alternative of a query without `or` between prefixes and other terms, else null. */
function single(text: TextQuery): TextClause | null {
  return text.anyOf.length === 1 ? (text.anyOf[0] ?? null) : null;
}

/** The words and phrases, for the stemmed English vector `search`. */
function wordsQuery(text: TextClause): RawBuilder<unknown> {
  return sql`websearch_to_tsquery('english', ${text.web})`;
}

/**
 * The words of several alternatives as one websearch_to_tsquery: their texts joined by `or`,
 * a quote left open closed first so that the `or` after it stays outside.
 */
function anyWordsQuery(clauses: TextClause[]): RawBuilder<unknown> {
  const closed = (web: string) => ((web.match(/"/g)?.length ?? 0) % 2 === 1 ? `${web}"` : web);
  return wordsQuery({ web: clauses.map((c) => closed(c.web)).join(' or '), prefixes: [] });
}

/**
 * The prefixes, for the words-as-written vector `search_simple` (migration 2026-11-29-0201).
 * Each is folded like the text (search_fold), then quoted as one operand (quotes and
 * backslashes doubled) so that no character breaks the tsquery syntax; the parser splits
 * it as it splits the text, and `:*` makes each of its words a prefix.
 */
function prefixesQuery(text: TextClause): RawBuilder<unknown> {
  const parts = text.prefixes.map((p) => {
    const operand = sql`to_tsquery('simple', '''' || replace(replace(search_fold(${p.text}::text), '\\', '\\\\'), '''', '''''') || ''':*')`;
    return p.exclude ? sql`(!! ${operand})` : operand;
  });
  return sql`(${sql.join(parts, sql` && `)})`;
}

/** The prefixes of several alternatives as one tsquery: any of them. */
function anyPrefixesQuery(clauses: TextClause[]): RawBuilder<unknown> {
  return clauses.length === 1 && clauses[0] ? prefixesQuery(clauses[0]) : sql`(${sql.join(clauses.map(prefixesQuery), sql` || `)})`;
}

/**
 * The conditions of one alternative on the rows of `alias` (recommendations or documents).
 * Words that are all stop words ("of", a lone "or") make an empty query, which matches
 * nothing: alone they find nothing, as before; beside prefixes they are left out.
 */
function clauseConditions(text: TextClause, alias: string): RawBuilder<unknown>[] {
  const conditions: RawBuilder<unknown>[] = [];
  if (hasWords(text)) {
    const match = sql`${sql.ref(`${alias}.search`)} @@ ${wordsQuery(text)}`;
    conditions.push(text.prefixes.length > 0 ? sql`(numnode(${wordsQuery(text)}) = 0 or ${match})` : match);
  }
  if (text.prefixes.length > 0) conditions.push(sql`${sql.ref(`${alias}.search_simple`)} @@ ${prefixesQuery(text)}`);
  return conditions;
}

/**
 * The text conditions on the rows of `alias`, all to hold. Several alternatives make one
 * condition of `@@` pieces under `or`: those with words only share one websearch_to_tsquery,
 * those with prefixes only one tsquery, each of the others its own pair; each piece can
 * take its rows from a GIN index (a BitmapOr).
 */
function textConditions(text: TextQuery, alias: string): RawBuilder<unknown>[] {
  const one = single(text);
  if (one) return clauseConditions(one, alias);
  const wordsOnly = text.anyOf.filter((c) => c.prefixes.length === 0);
  const prefixesOnly = text.anyOf.filter((c) => !hasWords(c));
  const both = text.anyOf.filter((c) => c.prefixes.length > 0 && hasWords(c));
  const pieces = [
    ...(wordsOnly.length > 0 ? [sql`${sql.ref(`${alias}.search`)} @@ ${anyWordsQuery(wordsOnly)}`] : []),
    ...(prefixesOnly.length > 0 ? [sql`${sql.ref(`${alias}.search_simple`)} @@ ${anyPrefixesQuery(prefixesOnly)}`] : []),
    ...both.map((c) => sql`(${sql.join(clauseConditions(c, alias), sql` and `)})`),
  ];
  return [sql`(${sql.join(pieces, sql` or `)})`];
}

/** Relevance: the rank of the words plus the rank of the prefixes, of every alternative. */
function textRank(text: TextQuery, alias: string): RawBuilder<unknown> {
  const withWords = text.anyOf.filter(hasWords);
  const withPrefixes = text.anyOf.filter((c) => c.prefixes.length > 0);
  const one = single(text);
  const ranks: RawBuilder<unknown>[] = [];
  if (withWords.length > 0) ranks.push(sql`ts_rank(${sql.ref(`${alias}.search`)}, ${one ? wordsQuery(one) : anyWordsQuery(withWords)})`);
  if (withPrefixes.length > 0) ranks.push(sql`ts_rank(${sql.ref(`${alias}.search_simple`)}, ${anyPrefixesQuery(withPrefixes)})`);
  return ranks.length > 0 ? sql`(${sql.join(ranks, sql` + `)})` : sql`0::real`;
}

/** A facet value as the recommendations' `facet_keys` hold it (migration 2026-11-24-0001). */
export function facetKey(facet: FacetName, value: string): string {
  return `${facet}:${value}`;
}

function facetConditions(f: SearchFilter, alias: string): RawBuilder<unknown>[] {
  // Values within a facet are alternatives (&&), facets combine (and); the GIN index serves both.
  return (Object.entries(f.filters) as [FacetName, string[]][])
    .filter(([, values]) => values.length > 0)
    .map(([facet, values]) => sql`${sql.ref(`${alias}.facet_keys`)} && ${values.map((v) => facetKey(facet, v))}::text[]`);
}

function conditions(f: SearchFilter): RawBuilder<unknown>[] {
  return [sql`r.state = 'published'`, ...(f.text ? textConditions(f.text, 'r') : []), ...facetConditions(f, 'r')];
}

/**
 * One statement for the matched set: the count of every facet key, a `_total` row, and the
 * ids of the requested page in order (in the `_total` row's label, comma-separated).
 * Labels come from facetLabels, hit details from findHitsByIds.
 *
 * The candidates come from one index, behind a fence (offset 0) the planner does not push
 * conditions through: the words' index when there are words, else the prefixes' index,
 * else the facet index; with alternatives (`or`) mixing words and prefixes, the whole text
 * condition, whose `@@` pieces under `or` each take their rows from their GIN index (a
 * BitmapOr). Without statistics (PGlite has no autovacuum) the planner would
 * otherwise take `mechanism:upr` for a rare key, read every row through the facet index and
 * test the words on each, or intersect with a bitmap of every published row. The rest
 * filters the candidates (the prefixes too, when words fenced them).
 */
export async function countFacetsAndPage(db: Kysely<DB>, f: SearchFilter, sort: SearchSort, limit: number, offset: number): Promise<FacetRow[]> {
  // Only the order by relevance ranks; only the others need the documents (a hash join
  // with the few of them, materialised so the planner never probes them once per row).
  const byRank = sort === 'relevance' && f.text !== null;
  const rank = byRank && f.text ? textRank(f.text, 'c') : sql`0::real`;
  const rest = [sql`c.state = 'published'`, ...(f.text ? facetConditions(f, 'c') : [])];
  const one = f.text && single(f.text);
  if (one && hasWords(one) && one.prefixes.length > 0) rest.push(sql`c.search_simple @@ ${prefixesQuery(one)}`);
  const { rows } = await sql<FacetRow>`
    with m as materialized (
      select c.id, c.facet_keys, c.document_id, c.created_at, c.ref, ${rank} as rank
      from (${candidates(f)}) c
      where ${sql.join(rest, sql` and `)}
    ),
    d as materialized (select id, date, symbol from documents),
    page as (
      -- A top-N sort of the matched rows; the aggregate below reads them in that order.
      select m.id from m ${byRank ? sql`` : sql`join d on d.id = m.document_id`}
      order by ${pageOrder(sort, f)} limit ${limit} offset ${offset}
    )
    select '_total' as facet, '' as value, coalesce((select string_agg(id::text, ',') from page), '') as label, count(*)::int as count from m
    union all
    -- unnest in the select list (one projection) rather than as a lateral function scan
    -- (a tuple store per row): about twice as fast over thousands of rows.
    select split_part(k, ':', 1), substr(k, strpos(k, ':') + 1), '', count(*)::int from (select unnest(m.facet_keys) as k from m) keys group by k
  `.execute(db);
  return rows;
}

const CANDIDATE_COLUMNS = sql`r.id, r.facet_keys, r.document_id, r.created_at, r.ref, r.state, r.search, r.search_simple`;

/**
 * The rows one index gives (see countFacetsAndPage), each branch behind its own fence. With
 * words and prefixes the words' index gives them, unless the words are all stop words: that
 * query is empty and finds nothing, and a second branch, which runs only then (its condition
 * on the query alone is tested once), takes them from the prefixes' index. With alternatives
 * the whole text condition is the fence: its pieces under `or` make a BitmapOr of the indexes.
 */
function candidates(f: SearchFilter): RawBuilder<unknown> {
  const fenced = (conditions: RawBuilder<unknown>[]) =>
    sql`select ${CANDIDATE_COLUMNS} from recommendations r where ${sql.join(conditions.length > 0 ? conditions : [sql`true`], sql` and `)} offset 0`;
  if (f.text === null) return fenced(facetConditions(f, 'r'));
  const one = single(f.text);
  if (one === null) return fenced(textConditions(f.text, 'r'));
  const byPrefixes = sql`r.search_simple @@ ${prefixesQuery(one)}`;
  if (!hasWords(one)) return fenced([byPrefixes]);
  const byWords = fenced([sql`r.search @@ ${wordsQuery(one)}`]);
  if (one.prefixes.length === 0) return byWords;
  return sql`(${byWords}) union all (${fenced([sql`numnode(${wordsQuery(one)}) = 0`, byPrefixes])})`;
}

/** The facet counts of the whole published set, kept by triggers (a `_total` row included). */
export async function countAllFacets(db: Kysely<DB>): Promise<FacetRow[]> {
  const { rows } = await sql<FacetRow>`
    select case when key = '_total' then '_total' else split_part(key, ':', 1) end as facet,
      case when key = '_total' then '' else substr(key, strpos(key, ':') + 1) end as value, '' as label, count
    from facet_key_counts where count > 0
  `.execute(db);
  return rows;
}

/**
 * One page of every published recommendation in the given order (no words, no filters):
 * each document gives its first `offset + limit` rows from an index, then those are merged,
 * so the cost follows the page and the number of documents, not the number of rows.
 */
export async function findPageIds(db: Kysely<DB>, sort: SearchSort, limit: number, offset: number): Promise<string[]> {
  const { rows } = await sql<{ id: string }>`
    select r.id from documents d cross join lateral (
      select r.id, r.ref, r.created_at from recommendations r
      where r.document_id = d.id and r.state = 'published'
      order by ${withinDocumentOrder(sort)} limit ${limit + offset}
    ) r
    order by ${orderBy(sort, { text: null, filters: {} as Record<FacetName, string[]> })} limit ${limit} offset ${offset}
  `.execute(db);
  return rows.map((r) => r.id);
}

function withinDocumentOrder(sort: SearchSort): RawBuilder<unknown> {
  switch (sort) {
    case 'relevance':
    case 'newest':
      return sql`r.created_at desc, r.id desc`;
    case 'oldest':
      return sql`r.created_at asc, r.id asc`;
    case 'document':
      return sql`r.ref, r.id`;
  }
}

/**
 * Labels of facet values that are ids or codes (documents, States, terms, institutions,
 * organisations, grades), by facet key; States and terms in `language`.
 */
export async function facetLabels(db: Kysely<DB>, keys: readonly { facet: FacetName; value: string }[], language: Language): Promise<Map<string, string>> {
  const of = (...facets: FacetName[]) => [...new Set(keys.filter((k) => facets.includes(k.facet)).map((k) => k.value))];
  const ids = (...facets: FacetName[]) => of(...facets).filter((v) => /^[0-9a-f-]{36}$/.test(v));
  const documents = ids('document');
  const states = of('state');
  const terms = ids('theme', 'persons', 'sdg');
  const institutions = ids('institution');
  const assessors = ids('assessor');
  const grades = of('grade');
  // Only the lookups some value needs: each costs a statement part even when empty. Only
  // States may need Intl for their name (`region`, see reference-labels.ts).
  const parts = [
    documents.length && sql`select 'document:' || id::text as key, coalesce(symbol, title, filename, id::text) as label, null::text as region from documents where id = any(${documents}::uuid[])`,
    states.length && sql`select 'state:' || code as key, ${stateLabel('countries', language)} as label, ${stateRegion('countries', language)} as region from countries where code = any(${states}::text[])`,
    terms.length && sql`select tag_facet_key(taxonomy, id) as key, ${termLabel('taxonomy_terms', language)} as label, null::text as region from taxonomy_terms where id = any(${terms}::uuid[])`,
    institutions.length && sql`select 'institution:' || id::text as key, name as label, null::text as region from institutions where id = any(${institutions}::uuid[])`,
    assessors.length && sql`select 'assessor:' || id::text as key, name as label, null::text as region from organisations where id = any(${assessors}::uuid[])`,
    grades.length && sql`select distinct on (code) 'grade:' || code as key, label, null::text as region from scale_grades where code = any(${grades}::text[])`,
  ].filter((p): p is RawBuilder<unknown> => p !== 0);
  if (parts.length === 0) return new Map();
  const { rows } = await sql<{ key: string; label: string; region: string | null }>`${sql.join(parts, sql` union all `)}`.execute(db);
  return new Map(rows.map((r) => [r.key, shownName(language, r.label, r.region)]));
}

function pageOrder(sort: SearchSort, f: SearchFilter): RawBuilder<unknown> {
  switch (sort) {
    case 'relevance':
      return f.text ? sql`m.rank desc, m.id` : sql`d.date desc nulls last, m.created_at desc, m.id desc`;
    case 'newest':
      return sql`d.date desc nulls last, m.created_at desc, m.id desc`;
    case 'oldest':
      return sql`d.date asc nulls last, m.created_at asc, m.id`;
    case 'document':
      return sql`d.symbol nulls last, m.ref, m.id`;
  }
}

function orderBy(sort: SearchSort, f: SearchFilter): RawBuilder<unknown> {
  switch (sort) {
    case 'relevance':
      return f.text ? sql`${textRank(f.text, 'r')} desc, r.id` : sql`d.date desc nulls last, r.created_at desc, r.id desc`;
    case 'newest':
      return sql`d.date desc nulls last, r.created_at desc, r.id desc`;
    case 'oldest':
      return sql`d.date asc nulls last, r.created_at asc, r.id`;
    case 'document':
      return sql`d.symbol nulls last, r.ref, r.id`;
  }
}

const HIT_COLUMNS = sql`r.id, r.ref, r.text, r.position, r.session, r.cycle, d.id as "documentId", d.symbol, d.title, d.mechanism, d.body,
  d.date::text as date,
  (select array_agg(rs.state order by rs.ordinal, rs.state) from recommendation_states rs where rs.recommendation_id = r.id) as states,
  lg.grade, g.label as "gradeLabel", g.colour, lg.period`;

const HIT_JOINS = sql`join documents d on d.id = r.document_id
  left join lateral (
    select a.scale, a.grade, p.label as period from assessments a join reporting_periods p on p.id = a.period_id
    where a.recommendation_id = r.id and a.item_type = 'recommendation' and a.state = 'published'
    order by p.ends_on desc, a.created_at desc limit 1
  ) lg on true
  left join scale_grades g on g.scale = lg.scale and g.code = lg.grade`;

/** Hits by id, in the order of `ids`. */
export async function findHitsByIds(db: Kysely<DB>, ids: readonly string[]): Promise<HitRow[]> {
  if (ids.length === 0) return [];
  const { rows } = await sql<HitRow>`
    select ${HIT_COLUMNS} from recommendations r ${HIT_JOINS}
    where r.id = any(${ids}::uuid[]) order by array_position(${ids}::uuid[], r.id)
  `.execute(db);
  return rows;
}

/** The matched recommendations in the given order, `limit` at most (exports). */
export async function findHits(db: Kysely<DB>, f: SearchFilter, sort: SearchSort, limit: number, offset: number): Promise<HitRow[]> {
  const { rows } = await sql<HitRow>`
    select ${HIT_COLUMNS} from recommendations r ${HIT_JOINS}
    where ${sql.join(conditions(f), sql` and `)}
    order by ${orderBy(sort, f)}
    limit ${limit} offset ${offset}
  `.execute(db);
  return rows;
}

/** Published documents whose symbol or title match the words and prefixes. */
export async function findDocumentHits(db: Kysely<DB>, text: TextQuery, mechanisms: string[], limit: number): Promise<DocumentHitRow[]> {
  const { rows } = await sql<DocumentHitRow>`
    select d.id, d.symbol, d.title, d.mechanism, d.body, d.date::text as date from documents d
    where d.state = 'published' and ${sql.join(textConditions(text, 'd'), sql` and `)}
      ${mechanisms.length ? sql`and d.mechanism in (${sql.join(mechanisms)})` : sql``}
    order by ${textRank(text, 'd')} desc, d.date desc nulls last
    limit ${limit}
  `.execute(db);
  return rows;
}

/**
 * Gives back the space of the facet refresh queue and the index flush marks, which every
 * write transaction fills and empties at commit. PostgreSQL's autovacuum does this on a
 * server; PGlite has none, so the worker calls it after each job. Runs outside any transaction.
 */
export async function reclaimFacetQueue(db: Kysely<DB>): Promise<void> {
  await sql`vacuum facet_refresh_queue, facet_refresh_pending, search_index_flush_pending`.execute(db);
}

/** Pages the facet refresh queue takes on disk. */
export async function facetQueuePages(db: Kysely<DB>): Promise<number> {
  const { rows } = await sql<{ pages: number }>`select (pg_relation_size('facet_refresh_queue') / current_setting('block_size')::int)::int as pages`.execute(db);
  return rows[0]?.pages ?? 0;
}
