// Actions with their institution, due date and status; people who may edit actions change
// the status in place (the version they read is sent, so a stale edit is refused).
import { useState } from 'react';
import { ACTION_STATUSES, type ActionStatus } from '../../../contracts/tracking.ts';
import { tracking, type Action, type Institution } from '../api/tracking.ts';
import { codeLabel } from '../i18n/labels.ts';
import { useI18n } from '../i18n/language.context.tsx';
import { FormFeedback } from './form-feedback.component.tsx';
import { Link } from './link.component.tsx';
import { useSession } from './session.context.tsx';
import { useSubmit } from './use-submit.hook.ts';

function StatusEditor({ action, onSaved }: { action: Action; onSaved: () => void }) {
  const { t } = useI18n();
  const [status, setStatus] = useState<ActionStatus>(action.status);
  const state = useSubmit();
  const id = `status-${action.id}`;
  return (
    <form className="row" onSubmit={(e) => { e.preventDefault(); void state.run(() => tracking.updateAction(action.id, { version: action.version, status })).then((ok) => ok && onSaved()); }}>
      <label htmlFor={id} className="visually-hidden">{t('actionStatusOf', { title: action.title })}</label>
      <select id={id} value={status} onChange={(e) => setStatus(e.target.value as ActionStatus)}>
        {ACTION_STATUSES.map((s) => <option key={s} value={s}>{codeLabel(t, s)}</option>)}
      </select>
      <button type="submit" className="secondary" disabled={state.busy || status === action.status}>{t('actionUpdate')}</button>
      <FormFeedback state={state} doneText={t('actionUpdated')} />
    </form>
  );
}

export function ActionList({ actions, institutions, onChange, withLinks = false }: { actions: Action[]; institutions: Institution[]; onChange: () => void; withLinks?: boolean }) {
  const { t, date } = useI18n();
  const { may } = useSession();
  if (actions.length === 0) return <p>{t('none')}</p>;
  const names = new Map(institutions.map((i) => [i.id, i.acronym ?? i.name]));
  return (
    <div className="table-wrap">
      <table data-testid="actions">
        <thead>
          <tr>
            <th scope="col">{t('actionTitle')}</th>
            <th scope="col">{t('facetInstitution')}</th>
            <th scope="col">{t('actionDue')}</th>
            <th scope="col">{t('actionStatus')}</th>
          </tr>
        </thead>
        <tbody>
          {actions.map((a) => (
            <tr key={a.id} data-status={a.status}>
              <th scope="row">
                {a.title}
                {a.description && <p className="meta">{a.description}</p>}
                {withLinks && a.recommendationIds.map((r, i) => <span key={r}>{i > 0 ? ' · ' : ''}<Link to={`/recommendations/${r}`}>{t('actionRecommendation', { n: i + 1 })}</Link></span>)}
              </th>
              <td>{names.get(a.institutionId) ?? a.institutionId}</td>
              <td>
                {a.dueOn ? date(a.dueOn) : t('notStated')}
                {a.overdue && <strong className="tag warn">{t('actionOverdue')}</strong>}
                {a.dueSoon && <span className="tag">{t('actionDueSoon')}</span>}
              </td>
              <td>{may('action.edit') ? <StatusEditor key={`${a.id}-${a.version}`} action={a} onSaved={onChange} /> : codeLabel(t, a.status)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
