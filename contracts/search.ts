// Search over published recommendations and documents: the query (as the URL carries it),
// the facets, and the answer. Shared by the server (validation, OpenAPI) and the web app.
import { z } from 'zod';

/** Facets a search can be narrowed by, in the order the interface shows them. */
export const FACETS = [
  'mechanism',
  'document',
  'session',
  'state',
  'position',
  'theme',
  'persons',
  'sdg',
  'institution',
  'grade',
  'assessor',
] as const;
export type FacetName = (typeof FACETS)[number];

export const SEARCH_SORTS = ['relevance', 'newest', 'oldest', 'document'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

export const MAX_PAGE_SIZE = 100;
/** The most rows one export writes. */
export const MAX_EXPORT_ROWS = 50_000;

/** A query-string value that may be given once or repeated (`?state=FRA&state=DEU`). */
const repeated = z.union([z.string().max(200), z.array(z.string().max(200)).max(50)]).optional();

export const searchQuerySchema = z.object({
  /** Words; `"a phrase"` in quotes, `prefix*`, `-excluded`, `or`. */
  q: z.string().max(500).optional(),
  sort: z.enum(SEARCH_SORTS).optional(),
  page: z.coerce.number().int().min(1).max(10_000).optional(),
  pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).optional(),
  mechanism: repeated,
  document: repeated,
  session: repeated,
  state: repeated,
  position: repeated,
  theme: repeated,
  persons: repeated,
  sdg: repeated,
  institution: repeated,
  grade: repeated,
  assessor: repeated,
});
export type SearchQueryInput = z.infer<typeof searchQuerySchema>;

/** The normalised query the services work with. */
export interface SearchQuery {
  q: string;
  sort: SearchSort;
  page: number;
  pageSize: number;
  filters: Record<FacetName, string[]>;
}

export function normaliseSearchQuery(input: SearchQueryInput): SearchQuery {
  const filters = {} as Record<FacetName, string[]>;
  for (const f of FACETS) {
    const v = input[f];
    filters[f] = v === undefined ? [] : (Array.isArray(v) ? v : [v]).filter((s) => s !== '');
  }
  const q = (input.q ?? '').trim();
  return { q, sort: input.sort ?? (q ? 'relevance' : 'newest'), page: input.page ?? 1, pageSize: input.pageSize ?? 20, filters };
}

export const facetBucketSchema = z.object({ value: z.string(), label: z.string(), count: z.number().int() });
export type FacetBucket = z.infer<typeof facetBucketSchema>;

export const gradeBadgeSchema = z.object({ grade: z.string(), label: z.string(), colour: z.string(), period: z.string() });
export type GradeBadge = z.infer<typeof gradeBadgeSchema>;

export const documentRefSchema = z.object({
  id: z.string(),
  symbol: z.string().nullable(),
  title: z.string().nullable(),
  mechanism: z.string().nullable(),
  body: z.string().nullable(),
  date: z.string().nullable(),
});
export type DocumentRef = z.infer<typeof documentRefSchema>;

export const recommendationHitSchema = z.object({
  id: z.string(),
  ref: z.string(),
  text: z.string(),
  document: documentRefSchema,
  position: z.string().nullable(),
  session: z.number().int().nullable(),
  cycle: z.number().int().nullable(),
  /** The recommending States, named in the language asked for. */
  states: z.array(z.object({ code: z.string(), name: z.string() })),
  latestGrade: gradeBadgeSchema.nullable(),
});
export type RecommendationHit = z.infer<typeof recommendationHitSchema>;

export const searchResultSchema = z.object({
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  items: z.array(recommendationHitSchema),
  /** Published documents whose symbol or title match the words (first 10). */
  documents: z.array(documentRefSchema),
  facets: z.record(z.enum(FACETS), z.array(facetBucketSchema)),
  /** Server time spent in the database, in milliseconds. */
  tookMs: z.number(),
});
export type SearchResult = z.infer<typeof searchResultSchema>;
