// Closing a call for input before (or after) its deadline.
import { withTransaction, type Db } from '../db/handle.ts';
import { requirePermission } from '../policies/require.ts';
import { findCallById, setCallStatus, type CallRow } from '../repositories/call.repository.ts';
import type { Actor } from './actor.ts';
import { audit } from './audit.ts';
import { found, staleVersion } from './stale-version.ts';

/** Throws not-found, conflict (stale version) or forbidden. */
export async function closeCall(db: Db, actor: Actor, id: string, version: number): Promise<CallRow> {
  requirePermission(actor, 'call.manage');
  return withTransaction(db, async (trx) => {
    const before = found(await findCallById(trx, id), 'call for input', id);
    const after = await setCallStatus(trx, id, version, 'closed');
    if (!after) staleVersion('call for input', id, version, await findCallById(trx, id));
    await audit(trx, actor, 'close', 'call-for-input', id, { before: { status: before.status }, after: { status: after.status } });
    return after;
  });
}
