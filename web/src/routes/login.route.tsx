// Signing in, with the way back for a forgotten password (or a locked account): /reset-password.
import { api, ApiError } from '../api/client.ts';
import { formSecret, formText } from '../components/form-fields.ts';
import { Layout } from '../components/layout.component.tsx';
import { Link } from '../components/link.component.tsx';
import { useSession } from '../components/session.context.tsx';
import { useSubmit } from '../components/use-submit.hook.ts';
import { useI18n } from '../i18n/language.context.tsx';
import { navigate, useLocation } from '../router.ts';

export function LoginRoute() {
  const { t } = useI18n();
  const { refresh } = useSession();
  const { query } = useLocation();
  const state = useSubmit();
  const submit = state.onSubmit(async (form) => {
    try {
      await api.login(formText(form, 'email'), formSecret(form, 'password'));
    } catch (err) {
      // The same answer for an unknown email and a wrong password, in the reader's language.
      throw err instanceof ApiError && err.code === 'unauthenticated' ? new Error(t('loginWrong')) : err;
    }
    await refresh();
    const next = query.get('next');
    navigate(next?.startsWith('/') ? next : '/');
  });
  return (
    <Layout title={t('loginTitle')}>
      <form className="stack narrow" onSubmit={(e) => void submit(e)}>
        {state.error ? <p role="alert" className="error">{state.error}</p> : query.get('reset') === 'done' && <p role="status" className="done">{t('loginResetDone')}</p>}
        <label>
          {t('loginEmail')}
          <input name="email" type="email" autoComplete="username" required />
        </label>
        <label>
          {t('loginPassword')}
          <input name="password" type="password" autoComplete="current-password" required />
        </label>
        <button type="submit" disabled={state.busy}>{t('loginSubmit')}</button>
        <p><Link to="/reset-password">{t('loginForgot')}</Link></p>
      </form>
    </Layout>
  );
}
