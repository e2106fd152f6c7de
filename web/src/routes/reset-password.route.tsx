// Getting back into an account. Without a code: ask for a reset link by email (the answer
// is the same whether or not an account uses the address), or type the code of the mail.
// With the mailed link (/reset-password?token=…): choose the new password, twice, then
// sign in. A new password also lifts a lockout and ends every other session.
import { MIN_PASSWORD_LENGTH } from '../../../contracts/accounts.ts';
import { accountsApi } from '../api/accounts.client.ts';
import { formSecret, formText } from '../components/form-fields.ts';
import { FormFeedback } from '../components/form-feedback.component.tsx';
import { Layout } from '../components/layout.component.tsx';
import { Link } from '../components/link.component.tsx';
import { useSubmit } from '../components/use-submit.hook.ts';
import { useI18n } from '../i18n/language.context.tsx';
import { navigate, useLocation } from '../router.ts';

function RequestForm() {
  const { t } = useI18n();
  const state = useSubmit();
  const submit = state.onSubmit((form) => accountsApi.requestReset(formText(form, 'email')));
  return (
    <form className="stack narrow" aria-label={t('resetTitle')} onSubmit={(e) => void submit(e)}>
      <p>{t('resetRequestIntro')}</p>
      <label>
        {t('loginEmail')}
        <input name="email" type="email" autoComplete="username" required />
      </label>
      <button type="submit" disabled={state.busy}>{t('resetRequestSubmit')}</button>
      <FormFeedback state={state} doneText={t('resetRequestDone')} />
    </form>
  );
}

/** The new password twice; `token` from the link, or a field for the code when there is none. */
function ChooseForm({ token, label }: { token: string | null; label: string }) {
  const { t } = useI18n();
  const state = useSubmit();
  const helpId = token === null ? 'reset-code-help' : 'reset-link-help';
  const submit = state.onSubmit(async (form) => {
    const password = formSecret(form, 'password');
    if (password !== formSecret(form, 'repeat')) throw new Error(t('resetMismatch'));
    await accountsApi.resetPassword(token ?? formText(form, 'code'), password);
    navigate('/login?reset=done');
  });
  return (
    <form className="stack narrow" aria-label={label} onSubmit={(e) => void submit(e)}>
      {token === null && (
        <label>
          {t('resetCode')}
          <input name="code" type="text" autoComplete="one-time-code" required spellCheck={false} />
        </label>
      )}
      <label>
        {t('resetNewPassword')}
        <input name="password" type="password" autoComplete="new-password" required minLength={MIN_PASSWORD_LENGTH} aria-describedby={helpId} />
      </label>
      <p id={helpId} className="help">{t('passwordHelp', { min: MIN_PASSWORD_LENGTH })} {t('resetNote')}</p>
      <label>
        {t('resetRepeatPassword')}
        <input name="repeat" type="password" autoComplete="new-password" required minLength={MIN_PASSWORD_LENGTH} />
      </label>
      <button type="submit" disabled={state.busy}>{t('resetSubmit')}</button>
      <FormFeedback state={state} doneText="" />
    </form>
  );
}

export function ResetPasswordRoute() {
  const { t } = useI18n();
  const { query } = useLocation();
  const token = query.get('token');
  if (token) {
    return (
      <Layout title={t('resetChooseTitle')}>
        <ChooseForm token={token} label={t('resetChooseTitle')} />
        <p><Link to="/reset-password">{t('resetAskNew')}</Link></p>
      </Layout>
    );
  }
  return (
    <Layout title={t('resetTitle')}>
      <RequestForm />
      <h2>{t('resetCodeTitle')}</h2>
      <ChooseForm token={null} label={t('resetCodeTitle')} />
    </Layout>
  );
}
