// build-scorecard: the benchmark scorecard of a monitor for a period, from the database,
// as the given audience may see it, with the cases and trials linked to each benchmark.
import { GRADES, SCALE_GRADES, type Grade, type Scale } from '../../contracts/enums.ts';
import { GRADE_COLOURS, tallyGrades, type ReportScale, type ScorecardBenchmark, type ScorecardReport } from '../../contracts/reports.ts';
import type { Db } from '../db/handle.ts';
import { AppError } from '../errors.ts';
import { inBrief, presentEvidenceBriefs, publishedOnly, visibleEvidence, type ReportAudience } from '../presenters/evidence.presenter.ts';
import {
  findOrganisationByName,
  listBenchmarkMonitors,
  listBenchmarksOfMonitor,
  listEvidenceOf,
  listLatestBenchmarkGrades,
  listPeriodsOfMonitor,
  listScaleGrades,
  listWordingsOfMonitor,
  type GradeRow,
  type MonitorRow,
  type WordingRow,
} from '../repositories/scorecard-read.repository.ts';
import { caseCountsByBenchmark } from './read-case-evidence.ts';

export interface ScorecardOptions {
  /** The period's label (`2022-2023`); the monitor's latest period when absent. */
  period?: string | undefined;
  /** The monitor's name; the monitor with the latest period when absent. */
  monitor?: string | undefined;
  /** Grades by this organisation instead of the monitor's own. */
  assessor?: string | undefined;
}

export interface BuiltReport<R> {
  report: R;
  /** How many confidential evidence items the report holds (only ever non-zero when cleared). */
  confidentialItems: number;
}

function asGrade(code: string): Grade | null {
  return GRADES.find((g) => g === code) ?? null;
}

async function resolveMonitor(db: Db, name: string | undefined): Promise<MonitorRow> {
  if (name !== undefined) {
    const found = await findOrganisationByName(db, name);
    if (!found) throw new AppError('not-found', `no monitor named "${name}"`);
    return found;
  }
  const [first] = await listBenchmarkMonitors(db);
  if (!first) throw new AppError('not-found', 'no benchmarks yet: import a monitor\'s report first');
  return first;
}

/** The scale of the grades, with the definitions stored for it. */
async function reportScale(db: Db, code: Scale): Promise<ReportScale> {
  const rows = await listScaleGrades(db, code);
  const grades = SCALE_GRADES[code].map((grade) => {
    const row = rows.find((r) => r.code === grade);
    const colour = row?.colour.replace(/^#/, '').toUpperCase() ?? '';
    return {
      grade,
      label: row?.label ?? grade,
      colour: /^[0-9A-F]{6}$/.test(colour) ? colour : GRADE_COLOURS[grade],
      definition: row?.definition ?? '',
    };
  });
  return { code, grades };
}

/** The wording each benchmark had in the period's report, else in the latest report (none for a benchmark no report words). */
function wordingFor(wordings: readonly WordingRow[], benchmarkId: string, periodDocuments: ReadonlySet<string>): WordingRow | null {
  const own = wordings.filter((w) => w.benchmarkId === benchmarkId);
  return own.find((w) => periodDocuments.has(w.documentId)) ?? own.at(-1) ?? null;
}

function scaleOf(grades: readonly GradeRow[]): Scale {
  const counts = new Map<Scale, number>();
  for (const g of grades) {
    const scale = (Object.keys(SCALE_GRADES) as Scale[]).find((s) => s === g.scale);
    if (scale) counts.set(scale, (counts.get(scale) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'sr-benchmark';
}

/** Builds the scorecard. Throws not-found for an unknown monitor, period or assessor. */
export async function buildScorecard(db: Db, audience: ReportAudience, opts: ScorecardOptions = {}): Promise<BuiltReport<ScorecardReport>> {
  const monitor = await resolveMonitor(db, opts.monitor);
  const assessor = opts.assessor === undefined ? null : await findOrganisationByName(db, opts.assessor);
  if (opts.assessor !== undefined && !assessor) throw new AppError('not-found', `no assessor named "${opts.assessor}"`);
  const periods = await listPeriodsOfMonitor(db, monitor.id);
  const index = opts.period === undefined ? periods.length - 1 : periods.findIndex((p) => p.label === opts.period);
  const period = periods[index];
  if (!period) {
    const known = periods.map((p) => p.label).join(', ') || 'none';
    throw new AppError('not-found', opts.period === undefined ? `${monitor.name} has no reporting period yet` : `${monitor.name} has no period "${opts.period}" (known: ${known})`);
  }
  const previous = index > 0 ? periods[index - 1]! : null;

  const benchmarks = await listBenchmarksOfMonitor(db, monitor.id, publishedOnly(audience));
  const wordings = await listWordingsOfMonitor(db, monitor.id, publishedOnly(audience));
  const grades = await listLatestBenchmarkGrades(db, monitor.id, previous ? [period.id, previous.id] : [period.id], assessor?.id ?? null);
  const current = new Map(grades.filter((g) => g.periodId === period.id).map((g) => [g.benchmarkId, g]));
  const before = new Map(grades.filter((g) => g.periodId === previous?.id).map((g) => [g.benchmarkId, g]));
  const periodDocuments = new Set([...current.values()].flatMap((g) => (g.documentId ? [g.documentId] : [])));
  const evidence = await listEvidenceOf(db, [...current.values()].map((g) => g.id));

  let confidentialItems = 0;
  const cases = await caseCountsByBenchmark(db, audience, benchmarks.map((b) => b.id), period.endsOn);
  const rows: ScorecardBenchmark[] = benchmarks.map((b, i) => {
    const wording = wordingFor(wordings, b.id, periodDocuments);
    const grade = current.get(b.id) ?? null;
    const own = grade ? evidence.filter((e) => e.assessmentId === grade.id) : [];
    confidentialItems += visibleEvidence(own, audience).filter((e) => e.confidential).length;
    const briefs = presentEvidenceBriefs(own, audience);
    return {
      number: b.number ?? i + 1,
      code: b.code ?? '',
      title: wording?.title ?? b.title ?? '',
      timeframe: wording?.timeframe ?? b.timeframe ?? '',
      grade: grade ? asGrade(grade.grade) : null,
      previousGrade: before.has(b.id) ? asGrade(before.get(b.id)!.grade) : null,
      assessor: assessor ? assessor.name : null,
      // An assessment recorded without evidence rows keeps its narrative as the evidence.
      evidence: own.length === 0 && grade?.narrative ? [{ text: inBrief(grade.narrative), sources: [] }] : briefs,
      ...(cases.has(b.id) ? { cases: cases.get(b.id)! } : {}),
    };
  });
  const scale = await reportScale(db, scaleOf(grades));
  return {
    report: {
      periodLabel: period.label,
      previousPeriodLabel: previous?.label ?? null,
      monitorName: monitor.name,
      scale,
      benchmarks: rows,
      totals: tallyGrades(scale, rows),
    },
    confidentialItems,
  };
}
