// Searches published recommendations (and documents) with words and facets. Public: the
// repository only ever reads published recommendations.
import type { Db } from '../db/handle.ts';
import { FACETS, type FacetBucket, type FacetName, type SearchQuery, type SearchResult } from '../../contracts/search.ts';
import { countAllFacets, countFacetsAndPage, facetKey, findPageIds, facetLabels, findDocumentHits, findHitsByIds, type SearchFilter } from '../repositories/search.repository.ts';
import { presentDocumentRef, presentHit } from '../presenters/search.presenter.ts';
import { parseSearchText } from './parse-search-text.ts';

/** Values kept per facet (the selected ones are always kept). */
const FACET_LIMIT = 60;

export function toSearchFilter(query: SearchQuery): SearchFilter {
  return { text: parseSearchText(query.q), filters: query.filters };
}

/** Keeps each facet's most frequent values (and the selected ones), then labels them. */
async function buckets(db: Db, rows: Awaited<ReturnType<typeof countFacetsAndPage>>, query: SearchQuery): Promise<{ total: number; facets: Record<FacetName, FacetBucket[]> }> {
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
  const labels = await facetLabels(db, FACETS.flatMap((facet) => facets[facet].map((b) => ({ facet, value: b.value }))));
  for (const f of FACETS) {
    for (const b of facets[f]) b.label = labels.get(facetKey(f, b.value)) ?? b.value;
    facets[f].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  }
  return { total, facets };
}

export async function searchRecommendations(db: Db, query: SearchQuery): Promise<SearchResult> {
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
  const { total, facets } = await buckets(db, facetRows, query);
  return {
    total,
    page: query.page,
    pageSize: query.pageSize,
    items: hits.map(presentHit),
    documents: documents.map(presentDocumentRef),
    facets,
    tookMs: Math.round((performance.now() - started) * 10) / 10,
  };
}
