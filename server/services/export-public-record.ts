// The public export: only published, non-confidential data. It is built through the public
// presenters, so it can hold nothing an anonymous visitor could not read. Cases reach the
// public as the benchmark pages show them to anonymous visitors: counts on the export
// date, never a label or an identity.
import type { ScorecardCases } from '../../contracts/reports.ts';
import { today } from '../cases/calendar.ts';
import type { Db } from '../db/handle.ts';
import { presentAssessment, type AssessmentView } from '../presenters/assessment.presenter.ts';
import { listAssessments, listEvidence } from '../repositories/assessment.repository.ts';
import { listBenchmarkSummaries, type BenchmarkSummary } from '../repositories/benchmark.repository.ts';
import { listPeriods, type PeriodWithMonitor } from '../repositories/period.repository.ts';
import { listPublishedRecommendations, type PublishedRecommendation } from '../repositories/public-record.repository.ts';
import { caseCountsByBenchmark } from './read-case-evidence.ts';

export const EXPORT_FORMATS = ['json', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface PublicRecord {
  generatedAt: string;
  /** The day the cases and trials behind each benchmark are counted on. */
  casesCountedOn: string;
  periods: PeriodWithMonitor[];
  /** Each with the cases and trials linked to it, as counts (what `caseEvidence` on its public page says). */
  benchmarks: (BenchmarkSummary & { caseEvidence: ScorecardCases })[];
  recommendations: PublishedRecommendation[];
  assessments: AssessmentView[];
}

export async function collectPublicRecord(db: Db): Promise<PublicRecord> {
  const assessments = await listAssessments(db, { states: ['published'], publishedItemsOnly: true });
  const evidence = await listEvidence(db, assessments.map((a) => a.id));
  const on = today();
  const benchmarks = await listBenchmarkSummaries(db, 'published');
  const cases = await caseCountsByBenchmark(db, 'public', benchmarks.map((b) => b.id), on);
  return {
    generatedAt: new Date().toISOString(),
    casesCountedOn: on,
    periods: await listPeriods(db),
    benchmarks: benchmarks.map((b) => ({ ...b, caseEvidence: cases.get(b.id)! })),
    recommendations: await listPublishedRecommendations(db),
    assessments: assessments.map((a) => presentAssessment(a, evidence, false)),
  };
}

function csvField(value: string | number | null): string {
  const s = value === null ? '' : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const CSV_COLUMNS = ['assessment_id', 'item_type', 'benchmark', 'benchmark_title', 'recommendation_id', 'item_key', 'period', 'assessor', 'scale', 'grade', 'narrative', 'evidence', 'supersedes_id', 'created_at'];

/** One row per published assessment, evidence joined with " | ". */
export function toCsv(record: PublicRecord): string {
  const benchmarks = new Map(record.benchmarks.map((b) => [b.id, b]));
  const lines = [CSV_COLUMNS.join(',')];
  for (const a of record.assessments) {
    const b = a.benchmarkId ? benchmarks.get(a.benchmarkId) : undefined;
    const evidence = a.evidence.map((e) => [e.text, e.url, e.paragraphRef].filter(Boolean).join(' ')).join(' | ');
    const row = [a.id, a.itemType, b?.code ?? (b?.number ?? null), b?.title ?? null, a.recommendationId, a.itemKey, a.periodLabel, a.assessorName, a.scale, a.grade, a.narrative, evidence, a.supersedesId, a.createdAt];
    lines.push(row.map(csvField).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** The public record as JSON or CSV text. */
export async function exportPublicRecord(db: Db, format: ExportFormat): Promise<string> {
  const record = await collectPublicRecord(db);
  switch (format) {
    case 'json':
      return `${JSON.stringify(record, null, 2)}\n`;
    case 'csv':
      return toCsv(record);
  }
}
