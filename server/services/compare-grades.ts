// All assessors' grades of one item side by side per period, and the trend of each
// assessor across periods. Only the current version of each assessment counts (a
// correction replaces what it supersedes); the public sees published grades only.
import type { AssessableItem } from '../../contracts/tracking.ts';
import type { Db } from '../db/handle.ts';
import { AppError } from '../errors.ts';
import { audienceOf } from '../presenters/audience.ts';
import { visibleStates } from '../presenters/assessment.presenter.ts';
import { listAssessments, type AssessmentRow } from '../repositories/assessment.repository.ts';
import type { Actor } from './actor.ts';

export interface GradeCell {
  assessmentId: string;
  assessorId: string;
  assessorName: string;
  scale: string;
  grade: string;
  gradeLabel: string;
  rank: number;
  state: AssessmentRow['state'];
  narrative: string;
}

export interface GradeGrid {
  periods: { periodId: string; label: string; startsOn: string; grades: GradeCell[] }[];
  trend: { assessorId: string; assessorName: string; points: { periodId: string; label: string; grade: string; rank: number }[] }[];
}

/** Throws bad-input when no item is named. */
export async function compareGrades(db: Db, actor: Actor, item: { itemType: AssessableItem; itemId: string }): Promise<GradeGrid> {
  if (!item.itemId) throw new AppError('bad-input', 'itemId: say which item', { place: { field: 'itemId' } });
  const audience = audienceOf(actor);
  const states = visibleStates(audience).filter((s) => s !== 'rejected');
  const rows = await listAssessments(db, {
    itemType: item.itemType,
    ...(item.itemType === 'benchmark' ? { benchmarkId: item.itemId } : item.itemType === 'recommendation' ? { recommendationId: item.itemId } : { itemKey: item.itemId }),
    states,
    publishedItemsOnly: audience === 'public',
  });
  const corrected = new Set(rows.flatMap((r) => (r.supersedesId ? [r.supersedesId] : [])));
  const current = rows.filter((r) => !corrected.has(r.id));
  const periods = new Map<string, GradeGrid['periods'][number]>();
  const trend = new Map<string, GradeGrid['trend'][number]>();
  for (const r of current) {
    const period = periods.get(r.periodId) ?? { periodId: r.periodId, label: r.periodLabel, startsOn: r.periodStartsOn, grades: [] };
    period.grades.push({ assessmentId: r.id, assessorId: r.assessorId, assessorName: r.assessorName, scale: r.scale, grade: r.grade, gradeLabel: r.gradeLabel, rank: r.gradeRank, state: r.state, narrative: r.narrative });
    periods.set(r.periodId, period);
    const line = trend.get(r.assessorId) ?? { assessorId: r.assessorId, assessorName: r.assessorName, points: [] };
    line.points.push({ periodId: r.periodId, label: r.periodLabel, grade: r.grade, rank: r.gradeRank });
    trend.set(r.assessorId, line);
  }
  const byStart = (a: { startsOn: string }, b: { startsOn: string }) => a.startsOn.localeCompare(b.startsOn);
  const order = [...periods.values()].sort(byStart).map((p) => p.periodId);
  return {
    periods: [...periods.values()].sort(byStart),
    trend: [...trend.values()].map((l) => ({ ...l, points: l.points.sort((a, b) => order.indexOf(a.periodId) - order.indexOf(b.periodId)) })),
  };
}
