// Actions as readers see them, with `overdue` and `dueSoon` computed from today's date.
import { DUE_SOON_DAYS } from '../../contracts/tracking.ts';
import type { ActionRow } from '../repositories/action.repository.ts';

export interface ActionView extends Omit<ActionRow, 'createdAt' | 'updatedAt'> {
  id: string;
  overdue: boolean;
  dueSoon: boolean;
  updatedAt: string;
}

/** Today as YYYY-MM-DD (UTC), the form dates are stored in. */
export function today(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function presentAction(a: ActionRow, now: Date = new Date()): ActionView {
  const t = today(now);
  const open = a.status !== 'completed' && a.dueOn !== null;
  return {
    id: a.id,
    title: a.title,
    description: a.description,
    institutionId: a.institutionId,
    startsOn: a.startsOn,
    dueOn: a.dueOn,
    status: a.status,
    budget: a.budget,
    currency: a.currency,
    recommendationIds: a.recommendationIds,
    version: a.version,
    updatedAt: a.updatedAt.toISOString(),
    overdue: open && a.dueOn! < t,
    dueSoon: open && a.dueOn! >= t && a.dueOn! <= addDays(t, DUE_SOON_DAYS),
  };
}
