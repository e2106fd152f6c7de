// The typed client of the documented API (/api/..., see /api/openapi.json). Every screen
// talks to the server through these functions only.
import type { BenchmarkPatch, BenchmarkRecord, BenchmarkSource, NewBenchmarkInput } from '../../../contracts/benchmarks.ts';
import type { Dashboard } from '../../../contracts/dashboard.ts';
import type { BenchmarkDetail, BenchmarkSummary, DocumentDetail, DocumentSummary, RecommendationDetail } from '../../../contracts/records.ts';
import type { ListFormat } from '../../../contracts/reports.ts';
import type { SearchResult } from '../../../contracts/search.ts';
import type { JobStatus, Role } from '../../../contracts/enums.ts';
import type { Language } from '../../../contracts/languages.ts';
import type { PublishResult, ReviewDocument, ReviewSummary } from '../../../contracts/review.ts';
import type { RelatedToBenchmark, RelatedToRecommendation } from '../../../contracts/tagging.ts';

export class ApiError extends Error {
  readonly code: string;
  readonly status: number;
  /** The input field the refusal is about, when it names one. */
  readonly field: string | null;
  /** What the refusal adds (`reason`, `currentVersion`, `lockedUntil`, `retryAfterMinutes`…). */
  readonly details: Record<string, unknown>;
  constructor(status: number, code: string, message: string, extra: { field?: string | undefined; details?: Record<string, unknown> | undefined } = {}) {
    super(message);
    this.status = status;
    this.code = code;
    this.field = extra.field ?? null;
    this.details = extra.details ?? {};
  }
}

export interface Job {
  id: string;
  status: JobStatus;
  progress: { done: number; total: number; message: string | null };
  result: unknown;
  error: string | null;
}

/** What an import job's result holds for each file. */
export interface ImportedFile {
  file: string;
  ok: boolean;
  outcome: { documentId: string; status: string } | null;
  error: string | null;
}

export interface Me {
  /** `permissions`: the policy actions (server/policies/can.ts) the role may do on some resources; `language`: the account's (reminder mails use it). */
  user: { id: string; email: string; role: Role; organisationId: string | null; institutionId: string | null; language: Language; permissions: string[] } | null;
  csrfToken: string | null;
}

let csrfToken: string | null = null;

/** The file formats every list downloads in (`<list>/export?format=`). */

/** Where a list (e.g. /api/actions) downloads as a file with the given filters; paging does not apply. */
export function listFileUrl(list: string, filters: URLSearchParams, format: ListFormat): string {
  const q = new URLSearchParams(filters);
  q.delete('page');
  q.set('format', format);
  return `${list}/export?${q.toString()}`;
}

/** `language` asks for the names of States and taxonomy terms in it (Accept-Language). */
export async function request<T>(method: string, path: string, body?: unknown, opts: { language?: Language } = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (opts.language) headers['accept-language'] = opts.language;
  let payload: BodyInit | undefined;
  if (body instanceof FormData) payload = body;
  else if (body !== undefined) {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  const res = await fetch(path, { method, headers, credentials: 'same-origin', ...(payload === undefined ? {} : { body: payload }) });
  if (res.status === 204) return null as T;
  const data: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const err = (data as { error?: { code?: string; message?: string; field?: string; details?: Record<string, unknown> } } | null)?.error;
    throw new ApiError(res.status, err?.code ?? 'internal', err?.message ?? res.statusText, { field: err?.field, details: err?.details });
  }
  return data as T;
}

export const api = {
  async me(): Promise<Me> {
    const me = await request<Me>('GET', '/api/auth/me');
    csrfToken = me.csrfToken;
    return me;
  },
  async login(email: string, password: string): Promise<void> {
    const r = await request<{ csrfToken: string }>('POST', '/api/auth/login', { email, password });
    csrfToken = r.csrfToken;
  },
  async logout(): Promise<void> {
    await request<null>('POST', '/api/auth/logout');
    csrfToken = null;
  },
  saveLanguage: (language: Language) => request<null>('PUT', '/api/auth/me/language', { language }),
  search: (query: URLSearchParams, language: Language) => request<SearchResult>('GET', `/api/search?${query.toString()}`, undefined, { language }),
  dashboard: (language: Language) => request<Dashboard>('GET', '/api/dashboard', undefined, { language }),
  recommendation: (id: string, language: Language) => request<RecommendationDetail>('GET', `/api/recommendations/${encodeURIComponent(id)}`, undefined, { language }),
  benchmarks: (filters = new URLSearchParams()) => request<{ items: BenchmarkSummary[] }>('GET', `/api/benchmarks?${filters.toString()}`),
  benchmark: (id: string) => request<BenchmarkDetail>('GET', `/api/benchmarks/${encodeURIComponent(id)}`),
  /** The `k` nearest published recommendations, across mechanisms. */
  similarRecommendations: (id: string, k: number) => request<RelatedToRecommendation>('GET', `/api/recommendations/${encodeURIComponent(id)}/related?k=${k}`),
  /** Recommendations the benchmark may rest on (those it does are flagged `isSource`). */
  proposedSources: (id: string, k: number) => request<RelatedToBenchmark>('GET', `/api/benchmarks/${encodeURIComponent(id)}/related?k=${k}`),
  createBenchmark: (body: NewBenchmarkInput) => request<BenchmarkRecord>('POST', '/api/benchmarks', body),
  editBenchmark: (id: string, patch: BenchmarkPatch) => request<BenchmarkRecord>('PATCH', `/api/benchmarks/${encodeURIComponent(id)}`, patch),
  addBenchmarkSource: (id: string, recommendationId: string) => request<BenchmarkSource>('POST', `/api/benchmarks/${encodeURIComponent(id)}/sources`, { recommendationId }),
  removeBenchmarkSource: (id: string, recommendationId: string) => request<null>('DELETE', `/api/benchmarks/${encodeURIComponent(id)}/sources/${encodeURIComponent(recommendationId)}`),
  documents: () => request<{ items: DocumentSummary[] }>('GET', '/api/documents'),
  document: (id: string) => request<DocumentDetail>('GET', `/api/documents/${encodeURIComponent(id)}`),
  upload(files: readonly File[]): Promise<{ job: string }> {
    const form = new FormData();
    for (const f of files) form.append('file', f, f.name);
    return request<{ job: string }>('POST', '/api/imports', form);
  },
  job: (id: string) => request<Job>('GET', `/api/jobs/${encodeURIComponent(id)}`),
  reviews: () => request<{ items: ReviewSummary[] }>('GET', '/api/reviews'),
  review: (id: string, language: Language) => request<ReviewDocument>('GET', `/api/reviews/${encodeURIComponent(id)}`, undefined, { language }),
  editRecommendation: (id: string, text: string) => request<null>('PATCH', `/api/reviews/recommendations/${id}`, { text }),
  splitRecommendation: (id: string, at: number) => request<{ id: string }>('POST', `/api/reviews/recommendations/${id}/split`, { at }),
  mergeRecommendations: (id: string, other: string) => request<null>('POST', `/api/reviews/recommendations/${id}/merge`, { with: other }),
  discardRecommendation: (id: string) => request<null>('POST', `/api/reviews/recommendations/${id}/discard`),
  restoreRecommendation: (id: string) => request<null>('POST', `/api/reviews/recommendations/${id}/restore`),
  publish: (id: string) => request<PublishResult>('POST', `/api/reviews/${encodeURIComponent(id)}/publish`),
};
