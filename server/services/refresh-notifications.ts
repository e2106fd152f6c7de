// Deadlines and reminders: actions due within 30 days or overdue, calls for input closing
// soon, assessments due at the end of a reporting period → one in-app list per user, and
// one mail per user, in the user's language, with what is new when a mailer is configured.
// Idempotent: running it again updates the same notifications, and removes those no longer
// current (an action done, a due action become overdue, a period fully assessed).
import { DUE_SOON_DAYS } from '../../contracts/tracking.ts';
import { withTransaction, type Db } from '../db/handle.ts';
import type { Mailer } from '../mail/mailer.ts';
import { reminderMail } from '../mail/reminder-mail.ts';
import { requirePermission } from '../policies/require.ts';
import { addDays, today } from '../presenters/action.presenter.ts';
import { listActions } from '../repositories/action.repository.ts';
import { countUnassessedBenchmarks } from '../repositories/assessment.repository.ts';
import { listCalls } from '../repositories/call.repository.ts';
import { deleteNotificationsExcept, listUnemailed, markEmailed, upsertNotifications, type NotificationInput } from '../repositories/notification.repository.ts';
import { listPeriods } from '../repositories/period.repository.ts';
import { listUsers, type UserSummary } from '../repositories/user.repository.ts';
import type { Actor } from './actor.ts';
import { audit } from './audit.ts';

export const CALL_REMINDER_DAYS = 14;

const isSecretariat = (u: UserSummary) => u.role === 'admin' || u.role === 'coordinator';

async function collect(db: Db, users: readonly UserSummary[], now: Date): Promise<NotificationInput[]> {
  const t = today(now);
  const out: NotificationInput[] = [];
  for (const a of await listActions(db, { dueBy: addDays(t, DUE_SOON_DAYS) })) {
    const params = { title: a.title, dueOn: a.dueOn! };
    const subject = a.dueOn! < t ? { kind: 'action-overdue' as const, params } : { kind: 'action-due' as const, params };
    for (const u of users.filter((x) => isSecretariat(x) || (x.role === 'focal-point' && x.institutionId === a.institutionId))) {
      out.push({ userId: u.id, subject, link: `/actions/${a.id}`, dueAt: new Date(`${a.dueOn!}T00:00:00Z`) });
    }
  }
  const horizon = new Date(now.getTime() + CALL_REMINDER_DAYS * 86_400_000);
  for (const c of await listCalls(db, { status: 'open', deadlineBefore: horizon })) {
    if (c.deadline < now) continue;
    const subject = { kind: 'call-deadline' as const, params: { title: c.title, closesOn: c.deadline.toISOString().slice(0, 10) } };
    for (const u of users.filter((x) => isSecretariat(x) || x.role === 'contributor')) {
      out.push({ userId: u.id, subject, link: `/calls/${c.id}`, dueAt: c.deadline });
    }
  }
  for (const p of await listPeriods(db)) {
    if (p.endsOn < addDays(t, -DUE_SOON_DAYS) || p.endsOn > addDays(t, DUE_SOON_DAYS)) continue;
    const missing = await countUnassessedBenchmarks(db, p.id, p.monitorId);
    if (missing === 0) continue;
    const subject = { kind: 'assessments-due' as const, params: { count: missing, monitor: p.monitorName, period: p.label, endsOn: p.endsOn } };
    for (const u of users.filter(isSecretariat)) {
      out.push({ userId: u.id, subject, link: `/benchmarks?unassessedIn=${p.id}`, dueAt: new Date(`${p.endsOn}T00:00:00Z`) });
    }
  }
  return out;
}

export interface RefreshOptions {
  mailer: Mailer | null;
  /** Where the web app lives (LANDMARK_PUBLIC_URL): mails then link each reminder and the list. */
  publicUrl?: string | undefined;
  now?: Date;
}

/** Throws forbidden. Returns how many notifications are current and how many mails went out. */
export async function refreshNotifications(db: Db, actor: Actor, opts: RefreshOptions): Promise<{ notifications: number; mailed: number }> {
  requirePermission(actor, 'notification.refresh');
  const now = opts.now ?? new Date();
  const count = await withTransaction(db, async (trx) => {
    const users = (await listUsers(trx)).filter((u) => !u.disabled);
    const items = await collect(trx, users, now);
    await upsertNotifications(trx, items);
    await deleteNotificationsExcept(trx, items);
    await audit(trx, actor, 'refresh', 'notifications', null, { after: { count: items.length } });
    return items.length;
  });
  let mailed = 0;
  if (opts.mailer) {
    const pending = await listUnemailed(db);
    const byEmail = new Map<string, typeof pending>();
    for (const n of pending) byEmail.set(n.email, [...(byEmail.get(n.email) ?? []), n]);
    for (const [email, items] of byEmail) {
      await opts.mailer.send({ to: email, ...reminderMail(items[0]!.language, items, opts.publicUrl) });
      await markEmailed(db, items.map((n) => n.id));
      mailed += 1;
    }
  }
  return { notifications: count, mailed };
}
