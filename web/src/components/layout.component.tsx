// The frame of every screen: skip link, header with navigation, language and session, main.
import { useEffect, useRef, type ReactNode } from 'react';
import { asLanguage, LANGUAGES } from '../../../contracts/languages.ts';
import { api } from '../api/client.ts';
import { LANGUAGE_NAMES, useI18n } from '../i18n/language.context.tsx';
import { navigate, useLocation } from '../router.ts';
import { Link } from './link.component.tsx';
import { useNotifications } from './notifications.context.tsx';
import { useSession } from './session.context.tsx';

const NAV = [
  { to: '/', key: 'navDashboard' },
  { to: '/search', key: 'navSearch' },
  { to: '/benchmarks', key: 'navBenchmarks' },
  { to: '/documents', key: 'navDocuments' },
  { to: '/calls', key: 'navCalls' },
  { to: '/reports', key: 'navReports' },
] as const;

export function Layout({ title, children }: { title: string; children: ReactNode }) {
  const { t, language, setLanguage } = useI18n();
  const { user, signOut, may } = useSession();
  const { unread } = useNotifications();
  const { path } = useLocation();
  const main = useRef<HTMLElement>(null);
  useEffect(() => {
    document.title = `${title} · ${t('appName')}`;
  }, [title, t]);
  const current = (to: string) => (to === '/' ? path === '/' : path.startsWith(to));
  const canImport = may('document.import');
  const choose = (value: string) => {
    const chosen = asLanguage(value);
    if (!chosen) return;
    setLanguage(chosen);
    // The account keeps the language for the reminder mails; the interface has switched
    // either way, and a failed save leaves the account's previous language.
    if (user) api.saveLanguage(chosen).catch(() => undefined);
  };
  return (
    <>
      <a className="skip-link" href="#main" onClick={(e) => { e.preventDefault(); main.current?.focus(); }}>{t('skipToContent')}</a>
      <header className="site-header">
        <div className="brand">
          <Link to="/" className="brand-name">{t('appName')}</Link>
          <span className="tagline">{t('tagline')}</span>
        </div>
        <nav aria-label={t('navLabel')}>
          <ul>
            {NAV.map((n) => (
              <li key={n.to}><Link to={n.to} aria-current={current(n.to) ? 'page' : undefined}>{t(n.key)}</Link></li>
            ))}
            {user && <li><Link to="/actions" aria-current={current('/actions') ? 'page' : undefined}>{t('navActions')}</Link></li>}
            {may('assessment.moderate') && <li><Link to="/moderation" aria-current={current('/moderation') ? 'page' : undefined}>{t('navModeration')}</Link></li>}
            {user && <li><Link to="/cases" aria-current={current('/cases') ? 'page' : undefined}>{t('navCases')}</Link></li>}
            {canImport && <li><Link to="/import" aria-current={current('/import') ? 'page' : undefined}>{t('navImport')}</Link></li>}
            {may('user.manage') && <li><Link to="/users" aria-current={current('/users') ? 'page' : undefined}>{t('navUsers')}</Link></li>}
          </ul>
        </nav>
        <div className="header-tools">
          <label>
            <span>{t('language')}</span>{' '}
            <select value={language} onChange={(e) => choose(e.target.value)} data-testid="language">
              {LANGUAGES.map((l) => <option key={l} value={l} lang={l}>{LANGUAGE_NAMES[l]}</option>)}
            </select>
          </label>
          {user ? (
            <span className="session">
              <Link to="/notifications" className="notifications-link" aria-current={current('/notifications') ? 'page' : undefined} data-testid="notifications-link">
                {t('navNotifications')}
                {unread > 0 && <> <span className="badge" aria-hidden="true">{unread}</span><span className="visually-hidden">{t('notificationsUnread', { count: unread })}</span></>}
              </Link>{' '}
              <span className="who">{t('signedInAs', { email: user.email })}</span>{' '}
              <button type="button" onClick={() => void signOut().then(() => navigate('/'))}>{t('signOut')}</button>
            </span>
          ) : (
            <Link to="/login" className="button-link">{t('signIn')}</Link>
          )}
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        <h1>{title}</h1>
        {children}
      </main>
    </>
  );
}
