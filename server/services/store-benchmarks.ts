// The monitor's part of a document: its benchmarks (one identity across reports, one
// wording per report, the recommendations they rest on) and its grades for a period.
import type { ExtractResult } from '../../contracts/extract.ts';
import type { Mechanism, PublicationState } from '../../contracts/enums.ts';
import type { Db } from '../db/handle.ts';
import { insertAssessment } from '../repositories/assessment.repository.ts';
import { addBenchmarkSource, completeBenchmark, findBenchmark, insertBenchmark, upsertWording } from '../repositories/benchmark.repository.ts';
import { ensureOrganisation, type OrganisationKind } from '../repositories/organisation.repository.ts';
import { ensurePeriod } from '../repositories/period.repository.ts';
import { joinQuotes } from '../importers/text/citations.ts';
import { citedRecommendation } from './cite-recommendation.ts';
import { fillEmptyText } from '../repositories/recommendation.repository.ts';

const ORGANISATION_KIND: Record<Mechanism, OrganisationKind> = {
  upr: 'un',
  'treaty-body': 'treaty-body',
  'special-procedure': 'special-procedure',
  'high-commissioner': 'un',
  'secretary-general': 'un',
  national: 'government',
  'civil-society': 'civil-society',
};

/** The organisation whose benchmarks and grades a document carries. */
export function monitorName(doc: ExtractResult['document']): string {
  return doc.body ?? doc.title ?? doc.symbol ?? 'Unnamed monitor';
}

/** The period a grade belongs to: as the document states it, else the calendar year of its date. */
export function periodOf(a: ExtractResult['assessments'][number], doc: ExtractResult['document']): { label: string; startsOn: string; endsOn: string } {
  const year = (a.periodStart ?? doc.date ?? '').slice(0, 4) || String(new Date().getUTCFullYear());
  return {
    label: a.period ?? year,
    startsOn: a.periodStart ?? `${year}-01-01`,
    endsOn: a.periodEnd ?? `${(a.periodEnd ?? doc.date ?? year).slice(0, 4)}-12-31`,
  };
}

export async function storeBenchmarksAndAssessments(
  db: Db,
  documentId: string,
  result: ExtractResult,
  opts: { state: PublicationState; createdBy: string | null; paragraphs: readonly { ref: string; text: string }[] },
): Promise<{ benchmarks: number; assessments: number; citations: number; benchmarkIds: Map<string, string> }> {
  if (result.benchmarks.length === 0 && result.assessments.length === 0) return { benchmarks: 0, assessments: 0, citations: 0, benchmarkIds: new Map() };
  const doc = result.document;
  const kind = doc.mechanism ? (ORGANISATION_KIND[doc.mechanism as Mechanism] ?? 'other') : 'other';
  const monitorId = await ensureOrganisation(db, monitorName(doc), kind);

  // A paragraph quoted under several benchmarks gets its text from all the quotes together.
  const quoteKey = (s: { symbol: string; paragraph?: string | null }) => `${s.symbol}#${s.paragraph ?? ''}`;
  const quotes = new Map<string, string[]>();
  for (const s of result.benchmarks.flatMap((b) => b.sources)) {
    if (s.paragraph && s.quote) quotes.set(quoteKey(s), [...(quotes.get(quoteKey(s)) ?? []), s.quote]);
  }
  const quotedText = new Map([...quotes].map(([key, list]) => [key, joinQuotes(list)]));
  let citations = 0;
  const benchmarkIds = new Map<string, string>();
  for (const b of result.benchmarks) {
    const found = await findBenchmark(db, monitorId, b.code, b.number);
    const id = found?.id ?? (await insertBenchmark(db, { monitorId, code: b.code, number: b.number, timeframe: b.timeframe, state: opts.state }));
    if (found) await completeBenchmark(db, id, { code: b.code, number: b.number, timeframe: b.timeframe });
    await upsertWording(db, { benchmarkId: id, documentId, number: b.number, code: b.code, title: b.title, timeframe: b.timeframe, paragraphRef: b.paragraph ?? null });
    for (const s of b.sources) {
      if (!s.paragraph) continue;
      const cited = await citedRecommendation(db, s.symbol, s.paragraph);
      const quoted = quotedText.get(quoteKey(s));
      if (quoted) await fillEmptyText(db, cited.recommendationId, quoted);
      await addBenchmarkSource(db, id, cited.recommendationId, cited.documentId);
      citations++;
    }
    if (b.code) benchmarkIds.set(b.code, id);
  }

  const text = new Map(opts.paragraphs.map((p) => [p.ref, p.text]));
  let assessments = 0;
  for (const a of result.assessments) {
    const period = periodOf(a, doc);
    const periodId = await ensurePeriod(db, { monitorId, ...period });
    let benchmarkId: string | null = null;
    if (a.benchmark) {
      benchmarkId = benchmarkIds.get(a.benchmark) ?? (await findBenchmark(db, monitorId, a.benchmark, null))?.id ?? null;
      benchmarkId ??= await insertBenchmark(db, { monitorId, code: a.benchmark, number: null, timeframe: null, state: opts.state });
      benchmarkIds.set(a.benchmark, benchmarkId);
    }
    await insertAssessment(
      db,
      {
        itemType: benchmarkId ? 'benchmark' : 'theme',
        recommendationId: null,
        benchmarkId,
        itemKey: benchmarkId ? null : a.theme,
        periodId,
        assessorId: monitorId,
        scale: a.scale,
        grade: a.grade,
        narrative: a.evidence.map((ref) => text.get(ref) ?? '').filter((t) => t !== '').join('\n\n'),
        recommendationCount: a.count ?? null,
        state: opts.state === 'published' ? 'published' : 'pending',
        supersedesId: null,
        documentId,
        createdBy: opts.createdBy,
      },
      a.evidence.map((ref) => ({ kind: 'paragraph', text: text.get(ref) ?? '', url: null, documentId, paragraphRef: ref, submissionId: null, confidential: false })),
    );
    assessments++;
  }
  return { benchmarks: result.benchmarks.length, assessments, citations, benchmarkIds };
}
