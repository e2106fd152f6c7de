// The admins' accounts page (/users, offered when the role may `user.manage`): every account
// with its role, organisation, institution, language and whether it is disabled; each one
// changed in place or disabled and enabled again, and new ones added. The server refuses a
// stale change and any change that would leave no active administrator; the list is read
// again after every attempt, so it always shows what is stored.
import { useEffect, useRef, useState } from 'react';
import type { Account } from '../../../contracts/accounts.ts';
import { accountsApi, type AccountPatch } from '../api/accounts.client.ts';
import { tracking } from '../api/tracking.ts';
import { AddAccountForm, EditAccountForm, INSTITUTION_LIST, ORGANISATION_LIST } from '../components/account-forms.component.tsx';
import { FormFeedback } from '../components/form-feedback.component.tsx';
import { Layout } from '../components/layout.component.tsx';
import { Link } from '../components/link.component.tsx';
import { useSession } from '../components/session.context.tsx';
import { Status } from '../components/status.component.tsx';
import { useApi } from '../components/use-api.hook.ts';
import { useSubmit } from '../components/use-submit.hook.ts';
import { roleLabel } from '../i18n/labels.ts';
import { LANGUAGE_NAMES, useI18n } from '../i18n/language.context.tsx';

type Names = Map<string, string>;
const COLUMNS = 8;

function AccountRow({ account, organisations, institutions, onChanged }: { account: Account; organisations: Names; institutions: Names; onChanged: () => void }) {
  const { t } = useI18n();
  const state = useSubmit();
  const [editing, setEditing] = useState(false);
  const [outcome, setOutcome] = useState('');
  const changeButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  useEffect(() => {
    // Closing the form gives the focus back to the button that opened it.
    if (wasEditing.current && !editing) changeButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);
  const names = { organisation: account.organisationId ? (organisations.get(account.organisationId) ?? '') : '', institution: account.institutionId ? (institutions.get(account.institutionId) ?? '') : '' };
  const change = async (patch: AccountPatch, done: string) => {
    setOutcome(done);
    const ok = await state.run(() => accountsApi.update(account.id, patch));
    onChanged();
    return ok;
  };
  const save = async (patch: AccountPatch) => {
    if (await change(patch, t('userSaved'))) setEditing(false);
  };
  const toggle = () => void change({ version: account.version, disabled: !account.disabled }, t(account.disabled ? 'userEnabledDone' : 'userDisabledDone', { email: account.email }));
  const editId = `edit-row-${account.id}`;
  return (
    <>
      <tr data-testid="account" data-email={account.email}>
        <th scope="row">{account.email}</th>
        <td>{account.name}</td>
        <td>{roleLabel(t, account.role)}</td>
        <td>{names.organisation}</td>
        <td>{names.institution}</td>
        <td lang={account.language}>{LANGUAGE_NAMES[account.language]}</td>
        <td>{account.disabled ? <strong className="tag warn">{t('userDisabled')}</strong> : t('userActive')}</td>
        <td>
          <div className="row wrap">
            <button ref={changeButton} type="button" className="secondary" aria-expanded={editing} aria-controls={editing ? editId : undefined} onClick={() => setEditing(!editing)}>
              {t('userChange')}<span className="visually-hidden"> {account.email}</span>
            </button>
            <button type="button" className="secondary" disabled={state.busy} onClick={toggle}>
              {t(account.disabled ? 'userEnable' : 'userDisable')}<span className="visually-hidden"> {account.email}</span>
            </button>
          </div>
          {!editing && <FormFeedback state={state} doneText={outcome} />}
        </td>
      </tr>
      {editing && (
        <tr id={editId}>
          <td colSpan={COLUMNS}>
            <EditAccountForm account={account} names={names} state={state} onSave={save} onCancel={() => setEditing(false)} />
          </td>
        </tr>
      )}
    </>
  );
}

export function UsersRoute() {
  const { t } = useI18n();
  const { user, ready, may } = useSession();
  const allowed = may('user.manage');
  const loaded = useApi(async () => {
    if (!allowed) return null;
    const [accounts, organisations, institutions] = await Promise.all([accountsApi.list(), accountsApi.organisations(), tracking.institutions()]);
    return { accounts, organisations: new Map(organisations.map((o) => [o.id, o.name])), institutions: new Map(institutions.map((i) => [i.id, i.name])) };
  }, `users-${String(allowed)}`);
  if (ready && !allowed) {
    return (
      <Layout title={t('usersTitle')}>
        <p>{user ? t('usersNeedsRole') : t('needsSignIn')}</p>
        {!user && <p><Link to="/login?next=/users">{t('signIn')}</Link></p>}
      </Layout>
    );
  }
  return (
    <Layout title={t('usersTitle')}>
      <p>{t('usersIntro')}</p>
      <Status loaded={loaded}>
        {(d) => d === null ? null : (
          <>
            <datalist id={ORGANISATION_LIST}>{[...d.organisations.values()].sort().map((n) => <option key={n} value={n} />)}</datalist>
            <datalist id={INSTITUTION_LIST}>{[...d.institutions.values()].sort().map((n) => <option key={n} value={n} />)}</datalist>
            <div className="table-wrap">
              <table data-testid="accounts">
                <thead>
                  <tr>
                    <th scope="col">{t('loginEmail')}</th>
                    <th scope="col">{t('userName')}</th>
                    <th scope="col">{t('userRole')}</th>
                    <th scope="col">{t('userOrganisation')}</th>
                    <th scope="col">{t('userInstitution')}</th>
                    <th scope="col">{t('language')}</th>
                    <th scope="col">{t('userStatus')}</th>
                    <th scope="col">{t('userChanges')}</th>
                  </tr>
                </thead>
                <tbody>
                  {d.accounts.map((a) => <AccountRow key={a.id} account={a} organisations={d.organisations} institutions={d.institutions} onChanged={loaded.reload} />)}
                </tbody>
              </table>
            </div>
            <AddAccountForm onAdded={loaded.reload} />
          </>
        )}
      </Status>
    </Layout>
  );
}
