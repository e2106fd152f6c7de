// Searches published recommendations (and documents) with words and facets. Public: the
// repository only ever reads published recommendations.
import type { Db } from '../db/handle.ts';
import { LOCALES, type Language } from '../../contracts/languages.ts';
import { FACETS, type FacetBucket, type FacetName, type RecommendationHit, type SearchQuery, type SearchResult } from '../../contracts/search.ts';
import { countAllFacets, countFacetsAndPage, facetKey, findPageIds, facetLabels, findDocumentHits, findHitsByIds, type HitRow, type SearchFilter } from '../repositories/search.repository.ts';
import { presentDocumentRef, presentHit } from '../presenters/search.presenter.ts';
import { parseSearchText } from './parse-search-text.ts';

/** Values kept per facet (the selected ones are always kept). */
const FACET_LIMIT = 60;

export function toSearchFilter(query: SearchQuery): SearchFilter {
  return { text: parseSearchText(query.q), filters: query.filters };
}

/** Keeps each facet's most frequent values (and the selected ones), sorted by count. */
function buckets(rows: Awaited<ReturnType<typeof countFacetsAndPage>>, query: SearchQuery): { total: number; facets: Record<FacetName, FacetBucket[]> } {
  const facets = Object.fromEntries(FACETS.map((f) => [f, [] as FacetBucket[]])) as Record<FacetName, FacetBucket[]>;
  const known = new Set<string>(FACETS);
  let total = 0;
  for (const r of rows) {
    if (r.facet === '_total') total = r.count;
    else if (known.has(r.facet)) facets[r.facet].push({ value: r.value, label: r.value, count: r.count });
  }
  for (const f of FACETS) {
    const selected = new Set(query.filters[f]);
    const sorted = facets[f].sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
    facets[f] = sorted.filter((b, i) => i < FACET_LIMIT || selected.has(b.value));
  }
  return { total, facets };
}

/** The States of the hits as facet keys, to be labelled with the facets. */
function hitStateKeys(hits: readonly HitRow[]): { facet: FacetName; value: string }[] {
  return hits.flatMap((h) => (h.states ?? []).map((value) => ({ facet: 'state' as const, value })));
}

function stateNamer(labels: ReadonlyMap<string, string>): (code: string) => string {
  return (code) => labels.get(facetKey('state', code)) ?? code;
}

/** Hits with their States named in `language`, in one lookup (exports too). */
export async function namedHits(db: Db, hits: readonly HitRow[], language: Language): Promise<RecommendationHit[]> {
  const name = stateNamer(await facetLabels(db, hitStateKeys(hits), language));
  return hits.map((h) => presentHit(h, name));
}

/** Searches; States and taxonomy terms are named in `language` (facet values stay codes and ids). */
export async function searchRecommendations(db: Db, query: SearchQuery, language: Language): Promise<SearchResult> {
  const started = performance.now();
  const filter = toSearchFilter(query);
  const offset = (query.page - 1) * query.pageSize;
  // Browsing everything reads the counts the triggers keep; anything narrower counts its matches.
  const browsing = filter.text === null && FACETS.every((f) => query.filters[f].length === 0);
  const facetRows = browsing ? await countAllFacets(db) : await countFacetsAndPage(db, filter, query.sort, query.pageSize, offset);
  const pageIds = browsing
    ? await findPageIds(db, query.sort, query.pageSize, offset)
    : (facetRows.find((r) => r.facet === '_total')?.label.split(',').filter((id) => id !== '') ?? []);
  const hits = await findHitsByIds(db, pageIds);
  const documents = filter.text && query.page === 1 ? await findDocumentHits(db, filter.text, query.filters.mechanism, 10) : [];
  const { total, facets } = buckets(facetRows, query);
  // One lookup labels the facet values shown and the States of the page's hits.
  const labels = await facetLabels(db, [...FACETS.flatMap((facet) => facets[facet].map((b) => ({ facet, value: b.value }))), ...hitStateKeys(hits)], language);
  const collator = new Intl.Collator(LOCALES[language]);
  for (const f of FACETS) {
    for (const b of facets[f]) b.label = labels.get(facetKey(f, b.value)) ?? b.value;
    facets[f].sort((a, b) => b.count - a.count || collator.compare(a.label, b.label));
  }
  return {
    total,
    page: query.page,
    pageSize: query.pageSize,
    items: hits.map((h) => presentHit(h, stateNamer(labels))),
    documents: documents.map(presentDocumentRef),
    facets,
    tookMs: Math.round((performance.now() - started) * 10) / 10,
  };
}
