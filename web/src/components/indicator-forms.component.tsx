// Indicators of a record: each one's chart, a form to record a value (date, number,
// source), and a form to define a new indicator linked to the record.
import type { IndicatorView } from '../../../contracts/records.ts';
import { INDICATOR_KINDS, type IndicatorKind } from '../../../contracts/tracking.ts';
import { tracking } from '../api/tracking.ts';
import { useI18n } from '../i18n/language.context.tsx';
import { formNumber, formText, todayIso } from './form-fields.ts';
import { FormFeedback } from './form-feedback.component.tsx';
import { LineChart } from './line-chart.component.tsx';
import { useSession } from './session.context.tsx';
import { useSubmit } from './use-submit.hook.ts';

const KIND_LABEL = { structural: 'indicatorStructural', process: 'indicatorProcess', outcome: 'indicatorOutcome' } as const;

function ValueForm({ indicator, onRecorded }: { indicator: IndicatorView; onRecorded: () => void }) {
  const { t } = useI18n();
  const state = useSubmit();
  const submit = state.onSubmit(async (form) => {
    const value = formNumber(form, 'value');
    if (value === null) throw new Error(t('indicatorValueInvalid'));
    await tracking.recordIndicatorValue(indicator.id, { value, observedOn: formText(form, 'observedOn'), sourceText: formText(form, 'source') });
  }, onRecorded);
  return (
    <form className="row wrap" aria-label={t('indicatorRecordFor', { name: indicator.name })} onSubmit={(e) => void submit(e)}>
      <label>
        {t('indicatorValue')}
        <input name="value" type="text" inputMode="decimal" required size={10} />
      </label>
      <label>
        {t('indicatorObservedOn')}
        <input name="observedOn" type="date" required defaultValue={todayIso()} />
      </label>
      <label>
        {t('indicatorSource')}
        <input name="source" type="text" size={30} />
      </label>
      <button type="submit" disabled={state.busy}>{t('indicatorRecord')}</button>
      <FormFeedback state={state} doneText={t('indicatorRecorded')} />
    </form>
  );
}

function NewIndicatorForm({ links, onCreated }: { links: { benchmarkIds: string[]; recommendationIds: string[] }; onCreated: () => void }) {
  const { t } = useI18n();
  const state = useSubmit();
  const submit = state.onSubmit(
    (form) =>
      tracking.createIndicator({
        name: formText(form, 'name'),
        kind: formText(form, 'kind') as IndicatorKind,
        unit: formText(form, 'unit') || null,
        baseline: formNumber(form, 'baseline'),
        target: formNumber(form, 'target'),
        ...links,
      }),
    onCreated,
  );
  return (
    <details className="form-panel">
      <summary>{t('indicatorNew')}</summary>
      <form className="stack" onSubmit={(e) => void submit(e)}>
        <label>
          {t('indicatorName')}
          <input name="name" type="text" required maxLength={500} />
        </label>
        <label>
          {t('indicatorKind')}
          <select name="kind" defaultValue="outcome">
            {INDICATOR_KINDS.map((k) => <option key={k} value={k}>{t(KIND_LABEL[k])}</option>)}
          </select>
        </label>
        <label>
          {t('indicatorUnit')}
          <input name="unit" type="text" maxLength={100} />
        </label>
        <label>
          {t('indicatorBaselineField')}
          <input name="baseline" type="text" inputMode="decimal" />
        </label>
        <label>
          {t('indicatorTargetField')}
          <input name="target" type="text" inputMode="decimal" />
        </label>
        <button type="submit" disabled={state.busy}>{t('indicatorCreate')}</button>
        <FormFeedback state={state} doneText={t('indicatorCreated')} />
      </form>
    </details>
  );
}

export function IndicatorsPanel({ indicators, links, onChange }: { indicators: IndicatorView[]; links: { benchmarkIds: string[]; recommendationIds: string[] }; onChange: () => void }) {
  const { t } = useI18n();
  const { may } = useSession();
  const editable = may('indicator.edit');
  return (
    <>
      {indicators.length === 0 && <p>{t('none')}</p>}
      {indicators.map((i) => (
        <div key={i.id} className="indicator" data-testid="indicator">
          <LineChart indicator={i} />
          {editable && <ValueForm indicator={i} onRecorded={onChange} />}
        </div>
      ))}
      {editable && <NewIndicatorForm links={links} onCreated={onChange} />}
    </>
  );
}
