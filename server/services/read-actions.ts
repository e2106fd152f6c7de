// Reading actions (signed-in readers): the list with filters, or one action.
import type { ActionStatus } from '../../contracts/tracking.ts';
import type { Db } from '../db/handle.ts';
import { requirePermission } from '../policies/require.ts';
import { addDays, presentAction, today, type ActionView } from '../presenters/action.presenter.ts';
import { findActionById, listActions } from '../repositories/action.repository.ts';
import type { Actor } from './actor.ts';
import { found } from './stale-version.ts';

export interface ActionQuery {
  institutionId?: string | undefined;
  status?: ActionStatus | undefined;
  recommendationId?: string | undefined;
  /** Only actions not completed and due within this many days (or overdue). */
  dueWithinDays?: number | undefined;
}

export async function readActions(db: Db, actor: Actor, q: ActionQuery): Promise<ActionView[]> {
  requirePermission(actor, 'internal.read');
  const rows = await listActions(db, { ...q, dueBy: q.dueWithinDays === undefined ? undefined : addDays(today(), q.dueWithinDays) });
  return rows.map((r) => presentAction(r));
}

export async function readAction(db: Db, actor: Actor, id: string): Promise<ActionView> {
  requirePermission(actor, 'internal.read');
  return presentAction(found(await findActionById(db, id), 'action', id));
}
