// Planning an action on a recommendation: what, by which institution, by when.
import { ACTION_STATUSES, type ActionStatus } from '../../../contracts/tracking.ts';
import { tracking, type Institution } from '../api/tracking.ts';
import { codeLabel } from '../i18n/labels.ts';
import { useI18n } from '../i18n/language.context.tsx';
import { formText } from './form-fields.ts';
import { FormFeedback } from './form-feedback.component.tsx';
import { useSession } from './session.context.tsx';
import { useSubmit } from './use-submit.hook.ts';

export function ActionForm({ recommendationId, institutions, onCreated }: { recommendationId: string; institutions: Institution[]; onCreated: () => void }) {
  const { t } = useI18n();
  const { user } = useSession();
  const state = useSubmit();
  const submit = state.onSubmit(
    (form) =>
      tracking.createAction({
        title: formText(form, 'title'),
        description: formText(form, 'description'),
        institutionId: formText(form, 'institution'),
        dueOn: formText(form, 'dueOn') || null,
        status: formText(form, 'status') as ActionStatus,
        recommendationIds: [recommendationId],
      }),
    onCreated,
  );
  return (
    <form className="stack form-panel" aria-labelledby="action-form-h" onSubmit={(e) => void submit(e)}>
      <h3 id="action-form-h">{t('actionNew')}</h3>
      <label>
        {t('actionTitle')}
        <input name="title" type="text" required maxLength={500} />
      </label>
      <label>
        {t('actionDescription')}
        <textarea name="description" rows={3} />
      </label>
      <label>
        {t('facetInstitution')}
        <select name="institution" required defaultValue={user?.institutionId ?? ''}>
          <option value="" disabled>{t('choose')}</option>
          {institutions.map((i) => <option key={i.id} value={i.id}>{i.name}</option>)}
        </select>
      </label>
      <label>
        {t('actionDue')}
        <input name="dueOn" type="date" />
      </label>
      <label>
        {t('actionStatus')}
        <select name="status" defaultValue="planned">
          {ACTION_STATUSES.map((s) => <option key={s} value={s}>{codeLabel(t, s)}</option>)}
        </select>
      </label>
      <button type="submit" disabled={state.busy}>{t('actionCreate')}</button>
      <FormFeedback state={state} doneText={t('actionCreated')} />
    </form>
  );
}
