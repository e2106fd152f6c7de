import { withTransaction, type Db } from '../db/handle.ts';
import { AppError } from '../errors.ts';
import { requirePermission } from '../policies/require.ts';
import { markNotificationRead } from '../repositories/notification.repository.ts';
import type { Actor } from './actor.ts';

/** Marks one of the actor's notifications read; throws not-found when it is not theirs. */
export async function markRead(db: Db, actor: Actor, id: string): Promise<void> {
  requirePermission(actor, 'internal.read');
  if (actor.kind !== 'user') throw new AppError('not-found', `no notification ${id}`);
  await withTransaction(db, async (trx) => {
    if (!(await markNotificationRead(trx, id, actor.id))) throw new AppError('not-found', `no notification ${id}`);
  });
}
