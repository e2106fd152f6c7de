// Deriving benchmarks in the web app: a form to create one (on /benchmarks), a form to
// change its title, timeframe and visibility, its sources with a button to remove each,
// and the recommendations it may also rest on with a button to add each (on its page).
// The forms and buttons are offered to roles that may `benchmark.edit`; the server decides.
import { useId } from 'react';
import { EDITABLE_BENCHMARK_STATES, MAX_BENCHMARK_CODE, MAX_BENCHMARK_TIMEFRAME, MAX_BENCHMARK_TITLE, type BenchmarkPatch, type EditableBenchmarkState } from '../../../contracts/benchmarks.ts';
import type { BenchmarkDetail } from '../../../contracts/records.ts';
import { accountsApi } from '../api/accounts.client.ts';
import { api } from '../api/client.ts';
import { useI18n } from '../i18n/language.context.tsx';
import { navigate } from '../router.ts';
import { formNumber, formText } from './form-fields.ts';
import { FormFeedback } from './form-feedback.component.tsx';
import { Link } from './link.component.tsx';
import { recommendationName, RelatedItem } from './related-recommendations.component.tsx';
import { useSession } from './session.context.tsx';
import { Status } from './status.component.tsx';
import { useApi } from './use-api.hook.ts';
import { useSubmit } from './use-submit.hook.ts';

/** How many proposals the benchmark page asks for (those it already rests on are left out of the list). */
const PROPOSALS_ASKED = 12;

const STATE_LABEL = { draft: 'benchmarkStateDraft', published: 'benchmarkStatePublished' } as const;

function StateChoice({ value }: { value: EditableBenchmarkState }) {
  const { t } = useI18n();
  return (
    <fieldset className="choices">
      <legend>{t('benchmarkStateField')}</legend>
      {EDITABLE_BENCHMARK_STATES.map((s) => (
        <label key={s} className="inline">
          <input type="radio" name="state" value={s} defaultChecked={s === value} /> {t(STATE_LABEL[s])}
        </label>
      ))}
    </fieldset>
  );
}

/** The benchmark's own title and timeframe, with what it has now. */
function OwnWordingFields({ title, timeframe, titleRequired }: { title: string; timeframe: string; titleRequired: boolean }) {
  const { t } = useI18n();
  return (
    <>
      <label>
        {t('benchmarkTitleField')}
        <textarea name="title" rows={3} required={titleRequired} maxLength={MAX_BENCHMARK_TITLE} defaultValue={title} />
      </label>
      <label>
        {t('benchmarkTimeframeField')}
        <input name="timeframe" type="text" maxLength={MAX_BENCHMARK_TIMEFRAME} defaultValue={timeframe} />
      </label>
    </>
  );
}

const stateOf = (form: FormData): EditableBenchmarkState => (formText(form, 'state') === 'published' ? 'published' : 'draft');

/** Creates a benchmark of a monitor (the reader's organisation by default, or any by name) and opens its page. */
export function NewBenchmarkForm() {
  const { t } = useI18n();
  const { user } = useSession();
  const state = useSubmit();
  const listId = useId();
  const organisations = useApi(() => accountsApi.organisations(), 'organisations');
  const own = organisations.data?.find((o) => o.id === user?.organisationId)?.name ?? '';
  let created: string | null = null;
  const submit = state.onSubmit(
    async (form) => {
      const record = await api.createBenchmark({
        monitorName: formText(form, 'monitor'),
        code: formText(form, 'code'),
        number: formNumber(form, 'number'),
        title: formText(form, 'title'),
        timeframe: formText(form, 'timeframe') || null,
        state: stateOf(form),
      });
      created = record.id;
    },
    () => {
      if (created) navigate(`/benchmarks/${created}`);
    },
  );
  return (
    <details className="form-panel">
      <summary>{t('benchmarkNew')}</summary>
      <form className="stack" onSubmit={(e) => void submit(e)}>
        <p className="help">{t('benchmarkNewIntro')}</p>
        <datalist id={listId}>{(organisations.data ?? []).map((o) => <option key={o.id} value={o.name} />)}</datalist>
        <label>
          {t('benchmarkMonitorField')}
          <input key={own} name="monitor" type="text" required maxLength={300} list={listId} defaultValue={own} autoComplete="organization" />
        </label>
        <label>
          {t('benchmarkCodeField')}
          <input name="code" type="text" required maxLength={MAX_BENCHMARK_CODE} size={12} />
        </label>
        <label>
          {t('benchmarkNumberField')}
          <input name="number" type="number" min={1} step={1} />
        </label>
        <OwnWordingFields title="" timeframe="" titleRequired />
        <StateChoice value="draft" />
        <button type="submit" disabled={state.busy}>{t('benchmarkCreate')}</button>
        <FormFeedback state={state} doneText={t('benchmarkCreated')} />
      </form>
    </details>
  );
}

/** Changes the benchmark's own title and timeframe and its visibility, under the version read. */
export function EditBenchmarkForm({ benchmark: d, onSaved }: { benchmark: BenchmarkDetail; onSaved: () => void }) {
  const { t } = useI18n();
  const state = useSubmit();
  const worded = d.wordings.length > 0;
  const submit = state.onSubmit(async (form) => {
    const title = formText(form, 'title') || null;
    const timeframe = formText(form, 'timeframe') || null;
    const visibility = stateOf(form);
    const patch: BenchmarkPatch = {
      version: d.version,
      ...(title !== d.ownTitle ? { title } : {}),
      ...(timeframe !== d.ownTimeframe ? { timeframe } : {}),
      ...(visibility !== d.state ? { state: visibility } : {}),
    };
    if (Object.keys(patch).length === 1) throw new Error(t('benchmarkUnchanged'));
    await api.editBenchmark(d.id, patch);
  }, onSaved);
  return (
    <details className="form-panel">
      <summary>{t('benchmarkEdit')}</summary>
      <form className="stack" onSubmit={(e) => void submit(e)}>
        {worded && <p className="help">{t('benchmarkEditReportNote')}</p>}
        <OwnWordingFields title={d.ownTitle ?? ''} timeframe={d.ownTimeframe ?? ''} titleRequired={!worded} />
        <StateChoice value={d.state === 'published' ? 'published' : 'draft'} />
        <button type="submit" disabled={state.busy}>{t('benchmarkSave')}</button>
        <FormFeedback state={state} doneText={t('benchmarkSaved')} />
      </form>
    </details>
  );
}

/** The recommendations the benchmark rests on; editors may remove each. */
export function BenchmarkSources({ benchmark: d, onChange }: { benchmark: BenchmarkDetail; onChange: () => void }) {
  const { t } = useI18n();
  const { may } = useSession();
  const state = useSubmit();
  const editable = may('benchmark.edit');
  const remove = (recommendationId: string) => void state.run(() => api.removeBenchmarkSource(d.id, recommendationId)).then((ok) => ok && onChange());
  return (
    <>
      {d.sources.length === 0 ? <p>{t('none')}</p> : (
        <ul className="related" data-testid="sources">
          {d.sources.map((s) => {
            const name = recommendationName(t, s);
            return (
              <li key={s.id}>
                <Link to={`/recommendations/${s.id}`}>{name}</Link>
                {s.origin === 'manual' && <span className="meta"> ({t('benchmarkSourceManual')})</span>}
                <p>{s.text}</p>
                {editable && (
                  <button type="button" className="secondary" aria-label={t('benchmarkRemoveSourceOf', { name })} disabled={state.busy} onClick={() => remove(s.id)}>
                    {t('benchmarkRemoveSource')}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {editable && <FormFeedback state={state} doneText={t('benchmarkSourceRemoved')} />}
    </>
  );
}

/** The published recommendations closest to the benchmark's wording that it does not rest on yet; editors may add each. */
export function ProposedSources({ benchmark: d, onChange }: { benchmark: BenchmarkDetail; onChange: () => void }) {
  const { t } = useI18n();
  const { may } = useSession();
  const state = useSubmit();
  const editable = may('benchmark.edit');
  // Asked again when its sources or its own wording change.
  const loaded = useApi(() => api.proposedSources(d.id, PROPOSALS_ASKED), `proposed-${d.id}-${d.version}-${d.sources.map((s) => s.id).join(',')}`);
  const add = (recommendationId: string) => void state.run(() => api.addBenchmarkSource(d.id, recommendationId)).then((ok) => ok && onChange());
  return (
    <>
      <p className="help">{t('benchmarkProposedIntro')}</p>
      <Status loaded={loaded}>
        {({ related }) => {
          const proposals = related.filter((r) => !r.isSource);
          return proposals.length === 0 ? <p>{t('benchmarkProposedNone')}</p> : (
            <ul className="related" data-testid="proposals">
              {proposals.map((r) => (
                <RelatedItem key={r.id} item={r}>
                  {editable && (
                    <button type="button" className="secondary" aria-label={t('benchmarkAddSourceOf', { name: recommendationName(t, r) })} disabled={state.busy} onClick={() => add(r.id)}>
                      {t('benchmarkAddSource')}
                    </button>
                  )}
                </RelatedItem>
              ))}
            </ul>
          );
        }}
      </Status>
      {editable && <FormFeedback state={state} doneText={t('benchmarkSourceAdded')} />}
    </>
  );
}
