// Adding a reporting period to a monitor (the monitor organisation is created when unknown).
import { withTransaction, type Db } from '../db/handle.ts';
import { AppError } from '../errors.ts';
import { requirePermission } from '../policies/require.ts';
import { findPeriod, findPeriodById, insertPeriod, type PeriodWithMonitor } from '../repositories/period.repository.ts';
import type { Actor } from './actor.ts';
import { audit } from './audit.ts';
import { resolveMonitor, type MonitorRef } from './monitor-ref.ts';

export interface AddPeriodInput extends MonitorRef {
  label: string;
  startsOn: string;
  endsOn: string;
}

/** Throws bad-input naming the field (dates, monitor), conflict (label taken for that monitor) or forbidden. */
export async function addPeriod(db: Db, actor: Actor, input: AddPeriodInput): Promise<PeriodWithMonitor> {
  requirePermission(actor, 'period.manage');
  if (input.endsOn < input.startsOn) throw new AppError('bad-input', `endsOn: the end ${input.endsOn} is before the start ${input.startsOn}`, { place: { field: 'endsOn' } });
  if (!input.label.trim()) throw new AppError('bad-input', 'label: give the period a label', { place: { field: 'label' } });
  return withTransaction(db, async (trx) => {
    const monitorId = await resolveMonitor(trx, input, 'period');
    const label = input.label.trim();
    if (await findPeriod(trx, monitorId, label)) throw new AppError('conflict', `label: this monitor already has a period "${label}"`, { place: { field: 'label' } });
    const id = await insertPeriod(trx, { monitorId, label, startsOn: input.startsOn, endsOn: input.endsOn });
    const row = (await findPeriodById(trx, id))!;
    await audit(trx, actor, 'create', 'reporting-period', id, { after: row });
    return row;
  });
}
