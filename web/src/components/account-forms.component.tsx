// The admins' account forms: adding an account (with an initial password, or a mailed link
// to choose one) and changing one (name, role, organisation, institution, language; the
// version read goes with the change, so a stale one is refused). Organisations and
// institutions are picked from the lists or typed: a new name is created by the server.
import { useState } from 'react';
import { MIN_PASSWORD_LENGTH, type Account } from '../../../contracts/accounts.ts';
import { ROLES, type Role } from '../../../contracts/enums.ts';
import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from '../../../contracts/languages.ts';
import { accountsApi, type AccountPatch } from '../api/accounts.client.ts';
import { roleLabel } from '../i18n/labels.ts';
import { LANGUAGE_NAMES, useI18n } from '../i18n/language.context.tsx';
import { formSecret, formText } from './form-fields.ts';
import { FormFeedback } from './form-feedback.component.tsx';
import { useSubmit, type Submitting } from './use-submit.hook.ts';

export const ORGANISATION_LIST = 'organisation-names';
export const INSTITUTION_LIST = 'institution-names';

/** The fields an account shares between adding and changing it; `prefix` keeps their ids apart. */
function AccountFields({ prefix, initial }: { prefix: string; initial: { name: string; role: Role; organisation: string; institution: string; language: Language } }) {
  const { t } = useI18n();
  const help = `${prefix}-affiliation-help`;
  return (
    <>
      <label>
        {t('userName')}
        <input name="name" type="text" maxLength={200} defaultValue={initial.name} />
      </label>
      <label>
        {t('userRole')}
        <select name="role" defaultValue={initial.role}>
          {ROLES.map((r) => <option key={r} value={r}>{roleLabel(t, r)}</option>)}
        </select>
      </label>
      <label>
        {t('userOrganisation')}
        <input name="organisation" type="text" list={ORGANISATION_LIST} maxLength={300} defaultValue={initial.organisation} aria-describedby={help} />
      </label>
      <label>
        {t('userInstitution')}
        <input name="institution" type="text" list={INSTITUTION_LIST} maxLength={300} defaultValue={initial.institution} aria-describedby={help} />
      </label>
      <p id={help} className="help">{t('userAffiliationHelp')}</p>
      <label>
        {t('language')}
        <select name="language" defaultValue={initial.language}>
          {LANGUAGES.map((l) => <option key={l} value={l} lang={l}>{LANGUAGE_NAMES[l]}</option>)}
        </select>
      </label>
    </>
  );
}

const role = (form: FormData) => formText(form, 'role') as Role;
const language = (form: FormData) => formText(form, 'language') as Language;

export function AddAccountForm({ onAdded }: { onAdded: () => void }) {
  const { t } = useI18n();
  const state = useSubmit();
  const [withPassword, setWithPassword] = useState(false);
  const submit = state.onSubmit(async (form) => {
    try {
      const organisationName = formText(form, 'organisation');
      const institutionName = formText(form, 'institution');
      await accountsApi.add({
        email: formText(form, 'email'),
        name: formText(form, 'name'),
        role: role(form),
        language: language(form),
        ...(organisationName ? { organisationName } : {}),
        ...(institutionName ? { institutionName } : {}),
        ...(withPassword ? { password: formSecret(form, 'password') } : {}),
      });
    } finally {
      // A refused invitation mail still stored the account: the list shows it either way.
      onAdded();
    }
  });
  return (
    <form className="stack form-panel" aria-labelledby="add-account-h" onSubmit={(e) => void submit(e)} data-testid="add-account">
      <h2 id="add-account-h">{t('userAddTitle')}</h2>
      <label>
        {t('loginEmail')}
        <input name="email" type="email" required maxLength={320} autoComplete="off" />
      </label>
      <AccountFields prefix="add" initial={{ name: '', role: 'viewer', organisation: '', institution: '', language: DEFAULT_LANGUAGE }} />
      <fieldset className="choices">
        <legend>{t('userFirstPassword')}</legend>
        <label className="inline">
          <input type="radio" name="first" checked={!withPassword} onChange={() => setWithPassword(false)} />
          {t('userSendLink')}
        </label>
        <label className="inline">
          <input type="radio" name="first" checked={withPassword} onChange={() => setWithPassword(true)} />
          {t('userSetPassword')}
        </label>
      </fieldset>
      {withPassword && (
        <label>
          {t('userInitialPassword')}
          <input name="password" type="password" required minLength={MIN_PASSWORD_LENGTH} autoComplete="new-password" aria-describedby="add-password-help" />
          <span id="add-password-help" className="help">{t('passwordHelp', { min: MIN_PASSWORD_LENGTH })}</span>
        </label>
      )}
      <button type="submit" disabled={state.busy}>{t('userAdd')}</button>
      <FormFeedback state={state} doneText={t('userAdded')} />
    </form>
  );
}

/** Changes one account; `names` give its organisation's and institution's names by id. */
export function EditAccountForm({ account, names, state, onSave, onCancel }: {
  account: Account;
  names: { organisation: string; institution: string };
  state: Submitting;
  onSave: (patch: AccountPatch) => Promise<unknown>;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const submit = state.onSubmit((form) => {
    const patch: AccountPatch = { version: account.version };
    const name = formText(form, 'name');
    if (name !== account.name) patch.name = name;
    if (role(form) !== account.role) patch.role = role(form);
    if (language(form) !== account.language) patch.language = language(form);
    const organisation = formText(form, 'organisation');
    if (organisation !== names.organisation) Object.assign(patch, organisation ? { organisationName: organisation } : { organisationId: null });
    const institution = formText(form, 'institution');
    if (institution !== names.institution) Object.assign(patch, institution ? { institutionName: institution } : { institutionId: null });
    return onSave(patch);
  });
  const prefix = `edit-${account.id}`;
  return (
    <form className="stack form-panel" aria-labelledby={`${prefix}-h`} onSubmit={(e) => void submit(e)} data-testid="edit-account">
      <h3 id={`${prefix}-h`}>{t('userChangeTitle', { email: account.email })}</h3>
      <AccountFields prefix={prefix} initial={{ name: account.name, role: account.role, organisation: names.organisation, institution: names.institution, language: account.language }} />
      <div className="row">
        <button type="submit" disabled={state.busy}>{t('userSave')}</button>
        <button type="button" className="secondary" onClick={onCancel}>{t('userCancel')}</button>
      </div>
      <FormFeedback state={state} doneText="" />
    </form>
  );
}
