// Reporting periods are public: they frame every published grade.
import type { Db } from '../db/handle.ts';
import { listPeriods, type PeriodWithMonitor } from '../repositories/period.repository.ts';

export async function readPeriods(db: Db, monitorId?: string): Promise<PeriodWithMonitor[]> {
  return listPeriods(db, monitorId);
}
