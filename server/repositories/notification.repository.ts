// In-app notifications, one per user, kind and link (refreshing one updates it in place).
// A notification stores what it is about (kind and params), never a sentence: it is worded
// in the reader's language when shown or mailed.
import { sql, type Kysely } from 'kysely';
import type { Language } from '../../contracts/languages.ts';
import { notificationSubject, type NotificationSubject } from '../../contracts/notifications.ts';
import type { DB, Json } from '../db/schema.ts';
import { recordset } from './bulk.ts';

export interface NotificationRow {
  id: string;
  userId: string;
  subject: NotificationSubject;
  link: string;
  dueAt: Date | null;
  readAt: Date | null;
  emailedAt: Date | null;
  createdAt: Date;
}

export interface NotificationInput {
  userId: string;
  subject: NotificationSubject;
  link: string;
  dueAt: Date | null;
}

const columns = [
  'notifications.id',
  'notifications.user_id as userId',
  'notifications.kind',
  'notifications.params',
  'notifications.link',
  'notifications.due_at as dueAt',
  'notifications.read_at as readAt',
  'notifications.emailed_at as emailedAt',
  'notifications.created_at as createdAt',
] as const;

/** A stored row with its subject checked (upsertNotifications wrote kind and params). */
function toRow<R extends { kind: string; params: Json; link: string | null }>(r: R): Omit<R, 'kind' | 'params' | 'link'> & { subject: NotificationSubject; link: string } {
  const { kind, params, link, ...rest } = r;
  return { ...rest, subject: notificationSubject.parse({ kind, params }), link: link ?? '' };
}

export async function upsertNotifications(db: Kysely<DB>, items: readonly NotificationInput[]): Promise<void> {
  for (const n of items) {
    const params = JSON.stringify(n.subject.params);
    await db
      .insertInto('notifications')
      .values({ user_id: n.userId, kind: n.subject.kind, params, link: n.link, due_at: n.dueAt })
      .onConflict((oc) => oc.columns(['user_id', 'kind', 'link']).doUpdateSet({ params, due_at: n.dueAt }))
      .execute();
  }
}

/** Removes the reminders that are no longer current: every stored one not among `current` (by user, kind and link). */
export async function deleteNotificationsExcept(db: Kysely<DB>, current: readonly NotificationInput[]): Promise<void> {
  const keys = current.map((n) => ({ user_id: n.userId, kind: n.subject.kind, link: n.link }));
  await sql`delete from notifications n where not exists (
    select 1 from ${recordset(keys, 'user_id uuid, kind text, link text')} where x.user_id = n.user_id and x.kind = n.kind and x.link = n.link)`.execute(db);
}

export async function listNotificationsOfUser(db: Kysely<DB>, userId: string, unreadOnly: boolean): Promise<NotificationRow[]> {
  let q = db.selectFrom('notifications').select(columns).where('user_id', '=', userId);
  if (unreadOnly) q = q.where('read_at', 'is', null);
  const rows = await q.orderBy('due_at').orderBy('created_at').execute();
  return rows.map(toRow);
}

/** Marks read; false when the notification is not the user's. */
export async function markNotificationRead(db: Kysely<DB>, id: string, userId: string): Promise<boolean> {
  const r = await db.updateTable('notifications').set({ read_at: new Date() }).where('id', '=', id).where('user_id', '=', userId).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Notifications not yet emailed, with their user's address and language. */
export async function listUnemailed(db: Kysely<DB>): Promise<(NotificationRow & { email: string; language: Language })[]> {
  const rows = await db
    .selectFrom('notifications')
    .innerJoin('users', 'users.id', 'notifications.user_id')
    .select([...columns, 'users.email', 'users.language'])
    .where('notifications.emailed_at', 'is', null)
    .where('notifications.read_at', 'is', null)
    .where('users.disabled', '=', false)
    .orderBy('users.email')
    .orderBy('notifications.due_at')
    .execute();
  return rows.map((r) => ({ ...toRow(r), language: r.language as Language }));
}

export async function markEmailed(db: Kysely<DB>, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.updateTable('notifications').set({ emailed_at: new Date() }).where('id', 'in', ids).execute();
}
