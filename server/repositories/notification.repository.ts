// In-app notifications, one per user, kind and link (refreshing one updates it in place).
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';

export interface NotificationRow {
  id: string;
  userId: string;
  kind: string;
  text: string;
  link: string;
  dueAt: Date | null;
  readAt: Date | null;
  emailedAt: Date | null;
  createdAt: Date;
}

export interface NotificationInput {
  userId: string;
  kind: string;
  text: string;
  link: string;
  dueAt: Date | null;
}

const columns = ['id', 'user_id as userId', 'kind', 'text', 'link', 'due_at as dueAt', 'read_at as readAt', 'emailed_at as emailedAt', 'created_at as createdAt'] as const;

export async function upsertNotifications(db: Kysely<DB>, items: readonly NotificationInput[]): Promise<void> {
  for (const n of items) {
    await db
      .insertInto('notifications')
      .values({ user_id: n.userId, kind: n.kind, text: n.text, link: n.link, due_at: n.dueAt })
      .onConflict((oc) => oc.columns(['user_id', 'kind', 'link']).doUpdateSet({ text: n.text, due_at: n.dueAt }))
      .execute();
  }
}

export async function listNotificationsOfUser(db: Kysely<DB>, userId: string, unreadOnly: boolean): Promise<NotificationRow[]> {
  let q = db.selectFrom('notifications').select(columns).where('user_id', '=', userId);
  if (unreadOnly) q = q.where('read_at', 'is', null);
  const rows = await q.orderBy('due_at').orderBy('created_at').execute();
  return rows.map((r) => ({ ...r, link: r.link ?? '' }));
}

/** Marks read; false when the notification is not the user's. */
export async function markNotificationRead(db: Kysely<DB>, id: string, userId: string): Promise<boolean> {
  const r = await db.updateTable('notifications').set({ read_at: new Date() }).where('id', '=', id).where('user_id', '=', userId).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Notifications not yet emailed, with their user's address. */
export async function listUnemailed(db: Kysely<DB>): Promise<(NotificationRow & { email: string })[]> {
  const rows = await db
    .selectFrom('notifications')
    .innerJoin('users', 'users.id', 'notifications.user_id')
    .select([
      'notifications.id',
      'notifications.user_id as userId',
      'notifications.kind',
      'notifications.text',
      'notifications.link',
      'notifications.due_at as dueAt',
      'notifications.read_at as readAt',
      'notifications.emailed_at as emailedAt',
      'notifications.created_at as createdAt',
      'users.email',
    ])
    .where('notifications.emailed_at', 'is', null)
    .where('notifications.read_at', 'is', null)
    .where('users.disabled', '=', false)
    .orderBy('users.email')
    .execute();
  return rows.map((r) => ({ ...r, link: r.link ?? '' }));
}

export async function markEmailed(db: Kysely<DB>, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.updateTable('notifications').set({ emailed_at: new Date() }).where('id', 'in', ids).execute();
}
