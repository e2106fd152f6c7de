// Reporting periods, per monitor.
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';

export interface PeriodRow {
  id: string;
  monitorId: string;
  label: string;
  startsOn: string;
  endsOn: string;
}

const columns = ['id', 'monitor_id as monitorId', 'label', 'starts_on as startsOn', 'ends_on as endsOn'] as const;

export async function findPeriod(db: Kysely<DB>, monitorId: string, label: string): Promise<PeriodRow | null> {
  const row = await db.selectFrom('reporting_periods').select(columns).where('monitor_id', '=', monitorId).where('label', '=', label).executeTakeFirst();
  return row ?? null;
}

/** The monitor's period of that label, created with the given dates when unknown. */
export async function ensurePeriod(db: Kysely<DB>, p: { monitorId: string; label: string; startsOn: string; endsOn: string }): Promise<string> {
  const existing = await findPeriod(db, p.monitorId, p.label);
  if (existing) return existing.id;
  const row = await db
    .insertInto('reporting_periods')
    .values({ monitor_id: p.monitorId, label: p.label, starts_on: p.startsOn, ends_on: p.endsOn })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

// Reading and adding periods (follow-up).

export interface PeriodWithMonitor extends PeriodRow {
  monitorName: string;
}

const withMonitor = ['reporting_periods.id', 'monitor_id as monitorId', 'label', 'starts_on as startsOn', 'ends_on as endsOn', 'organisations.name as monitorName'] as const;

export async function listPeriods(db: Kysely<DB>, monitorId?: string): Promise<PeriodWithMonitor[]> {
  let q = db.selectFrom('reporting_periods').innerJoin('organisations', 'organisations.id', 'reporting_periods.monitor_id').select(withMonitor);
  if (monitorId) q = q.where('monitor_id', '=', monitorId);
  return q.orderBy('starts_on').orderBy('organisations.name').execute();
}

export async function findPeriodById(db: Kysely<DB>, id: string): Promise<PeriodWithMonitor | null> {
  const row = await db
    .selectFrom('reporting_periods')
    .innerJoin('organisations', 'organisations.id', 'reporting_periods.monitor_id')
    .select(withMonitor)
    .where('reporting_periods.id', '=', id)
    .executeTakeFirst();
  return row ?? null;
}

/** Periods of that label, whatever their monitor. */
export async function findPeriodsByLabel(db: Kysely<DB>, label: string): Promise<PeriodWithMonitor[]> {
  return db
    .selectFrom('reporting_periods')
    .innerJoin('organisations', 'organisations.id', 'reporting_periods.monitor_id')
    .select(withMonitor)
    .where('label', '=', label)
    .execute();
}

export async function insertPeriod(db: Kysely<DB>, p: { monitorId: string; label: string; startsOn: string; endsOn: string }): Promise<string> {
  const row = await db
    .insertInto('reporting_periods')
    .values({ monitor_id: p.monitorId, label: p.label, starts_on: p.startsOn, ends_on: p.endsOn })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
