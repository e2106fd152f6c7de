// The monitor a record belongs to (a reporting period, a benchmark), named by id (an
// existing organisation) or by name (created when unknown).
import type { Db } from '../db/handle.ts';
import { AppError } from '../errors.ts';
import { ensureOrganisation, findOrganisationById } from '../repositories/organisation.repository.ts';

export interface MonitorRef {
  monitorId?: string | undefined;
  monitorName?: string | undefined;
}

/** The monitor's id. Throws bad-input naming `monitorId` when the id is unknown or neither is given (`what`: "period", "benchmark"). */
export async function resolveMonitor(trx: Db, ref: MonitorRef, what: string): Promise<string> {
  if (ref.monitorId) {
    const monitor = await findOrganisationById(trx, ref.monitorId);
    if (!monitor) throw new AppError('bad-input', `monitorId: no organisation ${ref.monitorId}`, { place: { field: 'monitorId' } });
    return monitor.id;
  }
  const name = ref.monitorName?.trim();
  if (name) return ensureOrganisation(trx, name, 'other');
  throw new AppError('bad-input', `monitor: say whose ${what} this is`, { place: { field: 'monitorId' } });
}
