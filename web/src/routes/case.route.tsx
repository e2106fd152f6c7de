// One case: its people (the identity only for cleared roles), status, days in pretrial
// detention, flags and the timeline of dated, sourced events.
import { casesApi } from '../api/cases.client.ts';
import { Layout } from '../components/layout.component.tsx';
import { Status } from '../components/status.component.tsx';
import { useApi } from '../components/use-api.hook.ts';
import { categoryLabel, eventLabel, flagLabel, sexLabel, statusLabel, verdictLabel } from '../i18n/case-labels.ts';
import { useI18n } from '../i18n/language.context.tsx';

export function CaseRoute({ id }: { id: string }) {
  const { t, number, date } = useI18n();
  const loaded = useApi(() => casesApi.case(id), `case:${id}`);
  return (
    <Layout title={loaded.data?.label ?? t('caseLabel')}>
      <Status loaded={loaded}>
        {(c) => (
          <>
            <dl className="facts">
              {c.identity ? <><dt>{t('caseIdentity')}</dt><dd data-testid="case-identity">{c.identity}</dd></> : null}
              <dt>{t('casePersons')}</dt><dd>{number(c.personCount)}</dd>
              <dt>{t('caseCategories')}</dt><dd>{c.categories.map((k) => categoryLabel(t, k)).join(', ') || t('notStated')}</dd>
              <dt>{t('caseSex')}</dt><dd>{sexLabel(t, c.sex)}</dd>
              <dt>{t('caseStatus')}</dt><dd>{statusLabel(t, c.status)}</dd>
              <dt>{t('casePretrialDays')}</dt><dd>{number(c.pretrialDays)}</dd>
              {c.servedOn ? <><dt>{t('caseServedOn')}</dt><dd>{date(c.servedOn)}</dd></> : null}
              <dt>{t('caseFlags')}</dt>
              <dd>{c.flags.length === 0 ? t('none') : c.flags.map((f) => t('caseFlagSince', { flag: flagLabel(t, f.kind), date: date(f.since) })).join('; ')}</dd>
            </dl>
            {c.summary ? <><h2>{t('caseSummary')}</h2><p>{c.summary}</p></> : null}
            <h2>{t('caseTimeline')}</h2>
            {c.events.length === 0 ? <p>{t('none')}</p> : (
              <div className="table-wrap">
                <table data-testid="case-timeline">
                  <thead>
                    <tr>
                      <th scope="col">{t('caseEventDate')}</th>
                      <th scope="col">{t('caseEventKind')}</th>
                      <th scope="col">{t('caseEventDetail')}</th>
                      <th scope="col">{t('caseEventSource')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {c.events.map((e) => (
                      <tr key={e.id}>
                        <th scope="row">{date(e.occurredOn)}</th>
                        <td>{eventLabel(t, e.kind)}{e.verdict ? `: ${verdictLabel(t, e.verdict)}` : ''}</td>
                        <td>
                          {[
                            e.articles.length > 0 ? t('caseArticles', { articles: e.articles.join(', ') }) : '',
                            e.sentenceMonths !== null ? t('caseSentence', { months: e.sentenceMonths, suspended: e.suspendedMonths ?? 0 }) : '',
                            e.fine !== null ? `${number(e.fine)} ${e.currency ?? ''}`.trim() : '',
                            e.note,
                          ].filter((x) => x !== '').join(' · ')}
                        </td>
                        <td>{e.documentSymbol || e.paragraphRef ? [e.documentSymbol, e.paragraphRef].filter(Boolean).join(', ') : e.source}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </>
        )}
      </Status>
    </Layout>
  );
}
