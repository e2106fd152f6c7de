// Indicators of a record: each one's chart, a form to record a value (date, number,
// source), for an indicator counted from the case register a form to compute its value on
// a date, and a form to define a new indicator linked to the record.
import { CASE_CATEGORIES, CASE_MEASURES, CASE_SEXES, type CaseCategory, type CaseCountDefinition, type CaseMeasure, type CaseSex } from '../../../contracts/cases.ts';
import type { IndicatorView } from '../../../contracts/records.ts';
import { INDICATOR_KINDS, type IndicatorKind } from '../../../contracts/tracking.ts';
import { tracking } from '../api/tracking.ts';
import { categoryLabel, measureLabel, sexLabel } from '../i18n/case-labels.ts';
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

function ComputeForm({ indicator, onRecorded }: { indicator: IndicatorView; onRecorded: () => void }) {
  const { t } = useI18n();
  const state = useSubmit();
  const submit = state.onSubmit((form) => tracking.computeIndicatorValue(indicator.id, formText(form, 'on')), onRecorded);
  return (
    <form className="row wrap" aria-label={t('indicatorComputeFor', { name: indicator.name })} onSubmit={(e) => void submit(e)}>
      <label>
        {t('indicatorComputeOn')}
        <input name="on" type="date" required defaultValue={todayIso()} />
      </label>
      <button type="submit" disabled={state.busy}>{t('indicatorCompute')}</button>
      <FormFeedback state={state} doneText={t('indicatorComputed')} />
    </form>
  );
}

/** What a case-count indicator counts, in the reader's language: "Persons detained · Journalist". */
function CaseCountNote({ definition }: { definition: CaseCountDefinition }) {
  const { t } = useI18n();
  const what = [measureLabel(t, definition.measure), definition.category && categoryLabel(t, definition.category), definition.sex && sexLabel(t, definition.sex)];
  return <p className="chart-note">{t('indicatorCaseCountOf', { what: what.filter((w) => w !== null).join(' · ') })}</p>;
}

function CaseCountFields() {
  const { t } = useI18n();
  const fields = [
    { name: 'caseMeasure', label: t('indicatorCaseMeasure'), empty: t('indicatorEnteredByHand'), options: CASE_MEASURES.map((m) => [m, measureLabel(t, m)]) },
    { name: 'caseCategory', label: t('indicatorCaseCategory'), empty: t('indicatorCaseAny'), options: CASE_CATEGORIES.map((c) => [c, categoryLabel(t, c)]) },
    { name: 'caseSex', label: t('indicatorCaseSex'), empty: t('indicatorCaseAny'), options: CASE_SEXES.map((x) => [x, sexLabel(t, x)]) },
  ];
  return fields.map((f) => (
    <label key={f.name}>
      {f.label}
      <select name={f.name} defaultValue="">
        <option value="">{f.empty}</option>
        {f.options.map(([value, text]) => <option key={value} value={value}>{text}</option>)}
      </select>
    </label>
  ));
}

/** The case-count definition the form's fields give, or null for an indicator entered by hand. */
function caseCountOf(form: FormData): CaseCountDefinition | null {
  const measure = formText(form, 'caseMeasure');
  if (measure === '') return null;
  return { measure: measure as CaseMeasure, category: (formText(form, 'caseCategory') || null) as CaseCategory | null, sex: (formText(form, 'caseSex') || null) as CaseSex | null };
}

function NewIndicatorForm({ links, countsCases, onCreated }: { links: { benchmarkIds: string[]; recommendationIds: string[] }; countsCases: boolean; onCreated: () => void }) {
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
        caseCount: caseCountOf(form),
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
        {countsCases && <CaseCountFields />}
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
  const countsCases = editable && may('case.read');
  return (
    <>
      {indicators.length === 0 && <p>{t('none')}</p>}
      {indicators.map((i) => (
        <div key={i.id} className="indicator" data-testid="indicator">
          <LineChart indicator={i} />
          {i.caseCount && <CaseCountNote definition={i.caseCount} />}
          {editable && <ValueForm indicator={i} onRecorded={onChange} />}
          {countsCases && i.caseCount && <ComputeForm indicator={i} onRecorded={onChange} />}
        </div>
      ))}
      {editable && <NewIndicatorForm links={links} countsCases={countsCases} onCreated={onChange} />}
    </>
  );
}
