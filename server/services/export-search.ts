// The current search result set as a file (CSV or XLSX), up to MAX_EXPORT_ROWS rows, in the
// order of the search. Public like the search: published recommendations only.
import type { Db } from '../db/handle.ts';
import type { Language } from '../../contracts/languages.ts';
import { MAX_EXPORT_ROWS, type RecommendationHit, type SearchQuery } from '../../contracts/search.ts';
import { findHits } from '../repositories/search.repository.ts';
import type { ListFormat } from '../../contracts/reports.ts';
import { listFile, type ListColumn, type ListFile } from '../reports/index.ts';
import { namedHits, toSearchFilter } from './search-recommendations.ts';

const COLUMNS: readonly ListColumn<RecommendationHit>[] = [
  { key: 'document', header: 'Document', value: (h) => h.document.symbol ?? h.document.title, width: 22 },
  { key: 'paragraph', header: 'Paragraph', value: (h) => h.ref, width: 10 },
  { key: 'text', header: 'Recommendation', value: (h) => h.text, width: 80 },
  { key: 'mechanism', header: 'Mechanism', value: (h) => h.document.mechanism, width: 16 },
  { key: 'body', header: 'Body', value: (h) => h.document.body, width: 14 },
  { key: 'date', header: 'Date', value: (h) => h.document.date, width: 12 },
  { key: 'session', header: 'Session', value: (h) => h.session, width: 9 },
  { key: 'states', header: 'Recommending States', value: (h) => h.states.map((s) => s.name), width: 24 },
  { key: 'position', header: 'Position', value: (h) => h.position, width: 11 },
  { key: 'grade', header: 'Latest grade', value: (h) => h.latestGrade?.label ?? null, width: 16 },
  { key: 'period', header: 'Period', value: (h) => h.latestGrade?.period ?? null, width: 12 },
  { key: 'id', header: 'Landmark id', value: (h) => h.id, width: 38 },
];

/** The result set with its States named in `language`, the language of the request. */
export async function exportSearch(db: Db, query: SearchQuery, format: ListFormat, language: Language): Promise<ListFile> {
  const hits = await namedHits(db, await findHits(db, toSearchFilter(query), query.sort, MAX_EXPORT_ROWS, 0), language);
  return listFile(hits, COLUMNS, format, 'recommendations');
}
