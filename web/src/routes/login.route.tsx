import { useState, type SyntheticEvent } from 'react';
import { api } from '../api/client.ts';
import { Layout } from '../components/layout.component.tsx';
import { useSession } from '../components/session.context.tsx';
import { useI18n } from '../i18n/language.context.tsx';
import { navigate, useLocation } from '../router.ts';

export function LoginRoute() {
  const { t } = useI18n();
  const { refresh } = useSession();
  const { query } = useLocation();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: SyntheticEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const field = (name: string) => {
      const v = form.get(name);
      return typeof v === 'string' ? v : '';
    };
    setBusy(true);
    setError(null);
    try {
      await api.login(field('email'), field('password'));
      await refresh();
      const next = query.get('next');
      navigate(next?.startsWith('/') ? next : '/');
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Layout title={t('loginTitle')}>
      <form className="stack narrow" onSubmit={(e) => void submit(e)}>
        {error && <p role="alert" className="error">{error}</p>}
        <label>
          {t('loginEmail')}
          <input name="email" type="email" autoComplete="username" required />
        </label>
        <label>
          {t('loginPassword')}
          <input name="password" type="password" autoComplete="current-password" required />
        </label>
        <button type="submit" disabled={busy}>{t('loginSubmit')}</button>
      </form>
    </Layout>
  );
}
