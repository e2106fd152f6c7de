// Every action, filtered by status and institution (the filters live in the URL), or one
// action (/actions/:id, where reminders link), with overdue and due-soon marks; those who
// may edit change the status in place.
import { ACTION_STATUSES, type ActionStatus } from '../../../contracts/tracking.ts';
import { tracking } from '../api/tracking.ts';
import { ActionList } from '../components/action-list.component.tsx';
import { Layout } from '../components/layout.component.tsx';
import { Link } from '../components/link.component.tsx';
import { ListDownload } from '../components/list-download.component.tsx';
import { useSession } from '../components/session.context.tsx';
import { Status } from '../components/status.component.tsx';
import { useApi } from '../components/use-api.hook.ts';
import { codeLabel } from '../i18n/labels.ts';
import { useI18n } from '../i18n/language.context.tsx';
import { navigate, useLocation } from '../router.ts';

export function ActionsRoute({ id }: { id?: string | undefined }) {
  const { t } = useI18n();
  const { user, ready } = useSession();
  const { query } = useLocation();
  const status = (ACTION_STATUSES as readonly string[]).includes(query.get('status') ?? '') ? (query.get('status') as ActionStatus) : undefined;
  const institutionId = query.get('institution') ?? undefined;
  const loaded = useApi(async () => {
    if (!user) return null;
    const [actions, institutions] = await Promise.all([id ? tracking.action(id).then((a) => [a]) : tracking.actions({ status, institutionId }), tracking.institutions()]);
    return { actions, institutions };
  }, `actions-${user?.id ?? ''}-${id ?? ''}-${status ?? ''}-${institutionId ?? ''}`);
  const setFilter = (name: string, value: string) => {
    const q = new URLSearchParams(query);
    if (value) q.set(name, value);
    else q.delete(name);
    navigate(`/actions${q.size > 0 ? `?${q.toString()}` : ''}`, { replace: true });
  };
  if (ready && !user) {
    return (
      <Layout title={t('actionsTitle')}>
        <p>{t('needsSignIn')}</p>
        <p><Link to="/login?next=/actions">{t('signIn')}</Link></p>
      </Layout>
    );
  }
  return (
    <Layout title={t('actionsTitle')}>
      <Status loaded={loaded}>
        {(d) => d === null ? null : (
          <>
            {id ? <p><Link to="/actions">{t('actionsAll')}</Link></p> : <div className="row wrap filters">
              <label>
                {t('actionStatus')}{' '}
                <select value={status ?? ''} onChange={(e) => setFilter('status', e.target.value)}>
                  <option value="">{t('all')}</option>
                  {ACTION_STATUSES.map((s) => <option key={s} value={s}>{codeLabel(t, s)}</option>)}
                </select>
              </label>
              <label>
                {t('facetInstitution')}{' '}
                <select value={institutionId ?? ''} onChange={(e) => setFilter('institution', e.target.value)}>
                  <option value="">{t('all')}</option>
                  {d.institutions.map((i) => <option key={i.id} value={i.id}>{i.name}</option>)}
                </select>
              </label>
            </div>}
            <p className="help">{t('actionsHelp')}</p>
            {!id && <ListDownload list="/api/actions" filters={new URLSearchParams({ ...(status ? { status } : {}), ...(institutionId ? { institutionId } : {}) })} />}
            <ActionList actions={d.actions} institutions={d.institutions} onChange={loaded.reload} withLinks />
          </>
        )}
      </Status>
    </Layout>
  );
}
