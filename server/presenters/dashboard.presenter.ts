// Builds each monitor's scorecard from grades: the latest period's grade per benchmark,
// compared with the previous period's. Pure.
import type { Change, GradeCount, Scorecard, ScorecardRow } from '../../contracts/dashboard.ts';
import type { BenchmarkRow } from '../repositories/benchmark-read.repository.ts';
import type { BenchmarkGradeRow, PeriodRow } from '../repositories/dashboard.repository.ts';

export interface ScorecardInput {
  monitor: { id: string; name: string };
  periods: PeriodRow[];
  benchmarks: BenchmarkRow[];
  grades: BenchmarkGradeRow[];
  /** Label of the baseline when there is no previous period (the report that set the benchmarks). */
  baseline: { label: string; document: string | null } | null;
}

/** The grade that stands for a benchmark in a period: the latest one recorded. */
function standing(grades: readonly BenchmarkGradeRow[], benchmarkId: string, periodId: string): BenchmarkGradeRow | null {
  let found: BenchmarkGradeRow | null = null;
  for (const g of grades) if (g.benchmarkId === benchmarkId && g.periodId === periodId) found = g;
  return found;
}

function changeOf(now: BenchmarkGradeRow, before: BenchmarkGradeRow | null): Change {
  if (!before) return 'first';
  if (now.rank > before.rank) return 'improved';
  if (now.rank < before.rank) return 'worsened';
  return 'same';
}

function countGrades(rows: readonly { grade: string; label: string; colour: string; rank: number }[]): GradeCount[] {
  const by = new Map<string, GradeCount>();
  for (const r of rows) {
    const c = by.get(r.grade) ?? { grade: r.grade, label: r.label, colour: r.colour, rank: r.rank, count: 0 };
    c.count += 1;
    by.set(r.grade, c);
  }
  return [...by.values()].sort((a, b) => b.rank - a.rank);
}

export function buildScorecard(input: ScorecardInput): Scorecard | null {
  const latest = input.periods.at(-1);
  if (!latest) return null;
  const previous = input.periods.at(-2) ?? null;
  const rows: ScorecardRow[] = [];
  for (const b of input.benchmarks) {
    const now = standing(input.grades, b.id, latest.id);
    if (!now) continue;
    const before = previous ? standing(input.grades, b.id, previous.id) : null;
    const assessors = [...new Set(input.grades.filter((g) => g.benchmarkId === b.id && g.periodId === latest.id).map((g) => g.assessor))];
    rows.push({
      benchmarkId: b.id,
      code: b.code,
      number: b.number,
      title: b.title,
      grade: now.grade,
      label: now.label,
      colour: now.colour,
      previous: before ? { grade: before.grade, label: before.label, colour: before.colour } : null,
      change: changeOf(now, before),
      assessors,
    });
  }
  const changes: Record<Change, number> = { improved: 0, worsened: 0, same: 0, first: 0 };
  for (const r of rows) changes[r.change] += 1;
  const history = input.periods.map((p) => {
    const standingRows = input.benchmarks.map((b) => standing(input.grades, b.id, p.id)).filter((g): g is BenchmarkGradeRow => g !== null);
    return { period: p.label, counts: countGrades(standingRows) };
  });
  return {
    monitor: input.monitor,
    period: { id: latest.id, label: latest.label, startsOn: latest.startsOn, endsOn: latest.endsOn },
    since: previous ? { label: previous.label, document: null } : input.baseline,
    rows,
    totals: countGrades(rows.map((r) => ({ grade: r.grade, label: r.label, colour: r.colour, rank: input.grades.find((g) => g.grade === r.grade)?.rank ?? 0 }))),
    changes,
    history,
  };
}
