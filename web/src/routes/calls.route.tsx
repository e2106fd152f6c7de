// Calls for input: open ones first, each with its deadline; coordinators open new ones on
// chosen benchmarks. Anyone can answer an open call from its page.
import { api } from '../api/client.ts';
import { tracking } from '../api/tracking.ts';
import { formText } from '../components/form-fields.ts';
import { FormFeedback } from '../components/form-feedback.component.tsx';
import { Layout } from '../components/layout.component.tsx';
import { Link } from '../components/link.component.tsx';
import { ListDownload } from '../components/list-download.component.tsx';
import { useSession } from '../components/session.context.tsx';
import { Status } from '../components/status.component.tsx';
import { useApi } from '../components/use-api.hook.ts';
import { useSubmit } from '../components/use-submit.hook.ts';
import { useI18n } from '../i18n/language.context.tsx';

function OpenCallForm({ onOpened }: { onOpened: () => void }) {
  const { t } = useI18n();
  const state = useSubmit();
  const benchmarks = useApi(() => api.benchmarks(), 'benchmarks');
  const submit = state.onSubmit(
    (form) =>
      tracking.openCall({
        title: formText(form, 'title'),
        description: formText(form, 'description'),
        // A date input gives the day: the call closes at its end, UTC.
        deadline: `${formText(form, 'deadline')}T23:59:59Z`,
        benchmarkIds: form.getAll('benchmark').filter((v): v is string => typeof v === 'string'),
      }),
    onOpened,
  );
  return (
    <details className="form-panel">
      <summary>{t('callNew')}</summary>
      <form className="stack" onSubmit={(e) => void submit(e)}>
        <label>
          {t('callTitleField')}
          <input name="title" type="text" required maxLength={500} />
        </label>
        <label>
          {t('callDescription')}
          <textarea name="description" rows={4} />
        </label>
        <label>
          {t('callDeadline')}
          <input name="deadline" type="date" required />
        </label>
        <fieldset className="choices scroll">
          <legend>{t('navBenchmarks')}</legend>
          {(benchmarks.data?.items ?? []).map((b) => (
            <label key={b.id} className="inline">
              <input type="checkbox" name="benchmark" value={b.id} /> {b.code ?? b.number} {b.title}
            </label>
          ))}
        </fieldset>
        <button type="submit" disabled={state.busy}>{t('callOpen')}</button>
        <FormFeedback state={state} doneText={t('callOpened')} />
      </form>
    </details>
  );
}

export function CallsRoute() {
  const { t, date } = useI18n();
  const { may } = useSession();
  const loaded = useApi(() => tracking.calls(), 'calls');
  return (
    <Layout title={t('callsTitle')}>
      <p>{t('callsIntro')}</p>
      {may('call.manage') && <OpenCallForm onOpened={loaded.reload} />}
      <Status loaded={loaded}>
        {(calls) => calls.length === 0 ? <p>{t('callsNone')}</p> : (
          <>
            <ListDownload list="/api/calls" />
            <ul className="plain" data-testid="calls">
              {[...calls].sort((a, b) => (a.status === b.status ? a.deadline.localeCompare(b.deadline) : a.status === 'open' ? -1 : 1)).map((c) => (
                <li key={c.id}>
                  <Link to={`/calls/${c.id}`}>{c.title}</Link>{' '}
                  <span className="meta">{c.status === 'open' ? t('callOpenUntil', { date: date(c.deadline) }) : t('callClosed')}</span>
                </li>
              ))}
            </ul>
          </>
        )}
      </Status>
    </Layout>
  );
}
