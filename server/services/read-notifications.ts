// A user's own notifications.
import type { Db } from '../db/handle.ts';
import { requirePermission } from '../policies/require.ts';
import { listNotificationsOfUser, type NotificationRow } from '../repositories/notification.repository.ts';
import type { Actor } from './actor.ts';

export async function readNotifications(db: Db, actor: Actor, unreadOnly: boolean): Promise<NotificationRow[]> {
  requirePermission(actor, 'internal.read');
  if (actor.kind !== 'user') return [];
  return listNotificationsOfUser(db, actor.id, unreadOnly);
}
