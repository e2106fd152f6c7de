// The signed-in user's reminders (actions due or overdue, call deadlines, assessments due),
// unread first; each can be marked read.
import type { NotificationView } from '../../../contracts/notifications.ts';
import { tracking } from '../api/tracking.ts';
import { FormFeedback } from '../components/form-feedback.component.tsx';
import { Layout } from '../components/layout.component.tsx';
import { Link } from '../components/link.component.tsx';
import { useNotifications } from '../components/notifications.context.tsx';
import { useSession } from '../components/session.context.tsx';
import { Status } from '../components/status.component.tsx';
import { useApi } from '../components/use-api.hook.ts';
import { useSubmit } from '../components/use-submit.hook.ts';
import { notificationText } from '../i18n/labels.ts';
import { useI18n } from '../i18n/language.context.tsx';

function NotificationItem({ n, onRead }: { n: NotificationView; onRead: () => void }) {
  const { t, date, language } = useI18n();
  const state = useSubmit();
  const text = notificationText(t, language, n);
  return (
    <li className={n.readAt ? 'notification read' : 'notification'} data-testid="notification">
      <p>
        {!n.readAt && <strong className="tag">{t('notificationUnread')}</strong>}{' '}
        {n.link.startsWith('/') ? <Link to={n.link}>{text}</Link> : text}
      </p>
      <p className="meta">{n.dueAt ? t('notificationDue', { date: date(n.dueAt) }) : date(n.createdAt)}</p>
      {!n.readAt && (
        <button type="button" className="secondary" disabled={state.busy} onClick={() => void state.run(() => tracking.markRead(n.id)).then((ok) => ok && onRead())}>
          {t('notificationMarkRead')}
        </button>
      )}
      <FormFeedback state={state} doneText="" />
    </li>
  );
}

export function NotificationsRoute() {
  const { t } = useI18n();
  const { user, ready } = useSession();
  const badge = useNotifications();
  const loaded = useApi(async () => (user ? tracking.notifications() : null), `notifications-${user?.id ?? ''}`);
  const changed = () => {
    loaded.reload();
    badge.refresh();
  };
  if (ready && !user) {
    return (
      <Layout title={t('notificationsTitle')}>
        <p>{t('needsSignIn')}</p>
        <p><Link to="/login?next=/notifications">{t('signIn')}</Link></p>
      </Layout>
    );
  }
  return (
    <Layout title={t('notificationsTitle')}>
      <Status loaded={loaded}>
        {(items) => items === null ? null : items.length === 0 ? <p>{t('notificationsNone')}</p> : (
          <ul className="plain">
            {[...items].sort((a, b) => Number(a.readAt !== null) - Number(b.readAt !== null)).map((n) => <NotificationItem key={n.id} n={n} onRead={changed} />)}
          </ul>
        )}
      </Status>
    </Layout>
  );
}
