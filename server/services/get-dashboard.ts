// The dashboard: every monitor's latest scorecard and the totals over published records.
// Public: it reads published benchmarks and recommendations only, and no evidence.
import type { Db } from '../db/handle.ts';
import type { Language } from '../../contracts/languages.ts';
import type { Dashboard, Scorecard } from '../../contracts/dashboard.ts';
import { buildScorecard } from '../presenters/dashboard.presenter.ts';
import { findBenchmarks } from '../repositories/benchmark-read.repository.ts';
import { findActionsByInstitution, findBenchmarkGrades, findFirstBenchmarkReport, findGradedPeriods, findTotals } from '../repositories/dashboard.repository.ts';

/** The year the benchmarks were set: the report's date, else the start of the first period graded. */
function baselineYear(doc: { date: string | null }, firstPeriodStart: string): string {
  return (doc.date ?? firstPeriodStart).slice(0, 4);
}

/** Terms in the totals are labelled in `language`. */
export async function getDashboard(db: Db, language: Language): Promise<Dashboard> {
  const [periods, benchmarks, grades] = [await findGradedPeriods(db), await findBenchmarks(db), await findBenchmarkGrades(db)];
  const scorecards: Scorecard[] = [];
  for (const monitorId of [...new Set(periods.map((p) => p.monitorId))]) {
    const mine = benchmarks.filter((b) => b.monitorId === monitorId);
    const monitorPeriods = periods.filter((p) => p.monitorId === monitorId);
    const first = monitorPeriods.length < 2 ? await findFirstBenchmarkReport(db, monitorId) : null;
    const card = buildScorecard({
      monitor: { id: monitorId, name: mine[0]?.monitorName ?? '' },
      periods: monitorPeriods,
      benchmarks: mine,
      grades,
      baseline: first ? { label: baselineYear(first, monitorPeriods[0]?.startsOn ?? ''), document: first.symbol ?? first.title } : null,
    });
    if (card) scorecards.push(card);
  }
  const totals = await findTotals(db, language);
  return { scorecards, ...totals, actionsByInstitution: await findActionsByInstitution(db) };
}
