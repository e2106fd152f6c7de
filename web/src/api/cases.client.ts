// The typed client of the case and trial endpoints (/api/cases, /api/trials).
import type { CaseDetail, CaseSummary, TrialDetail, TrialView } from '../../../contracts/cases.ts';
import { request } from './client.ts';

export const casesApi = {
  cases: (query: URLSearchParams) => request<CaseSummary[]>('GET', `/api/cases?${query.toString()}`),
  case: (id: string) => request<CaseDetail>('GET', `/api/cases/${encodeURIComponent(id)}`),
  flags: () => request<CaseSummary[]>('GET', '/api/case-flags'),
  trials: () => request<TrialView[]>('GET', '/api/trials'),
  trial: (id: string) => request<TrialDetail>('GET', `/api/trials/${encodeURIComponent(id)}`),
};
