// Cases and trials: cases with filters (category, sex, status, flagged), trials by verdict.
import { CASE_CATEGORIES, CASE_FLAG_KINDS, CASE_SEXES, CASE_STATUSES } from '../../../contracts/cases.ts';
import { casesApi } from '../api/cases.client.ts';
import { Layout } from '../components/layout.component.tsx';
import { Link } from '../components/link.component.tsx';
import { Status } from '../components/status.component.tsx';
import { useApi } from '../components/use-api.hook.ts';
import { categoryLabel, flagLabel, sexLabel, statusLabel } from '../i18n/case-labels.ts';
import { useI18n } from '../i18n/language.context.tsx';
import { navigate, useLocation } from '../router.ts';

const FILTERS = ['category', 'sex', 'status', 'flag'] as const;

export function CasesRoute() {
  const { t, number, date } = useI18n();
  const { query } = useLocation();
  const key = query.toString();
  const cases = useApi(() => casesApi.cases(query), `cases?${key}`);
  const trials = useApi(() => casesApi.trials(), 'trials');
  const options: Record<(typeof FILTERS)[number], { values: readonly string[]; label: (v: string) => string; title: string }> = {
    category: { values: CASE_CATEGORIES, label: (v) => categoryLabel(t, v as (typeof CASE_CATEGORIES)[number]), title: t('caseCategories') },
    sex: { values: CASE_SEXES, label: (v) => sexLabel(t, v as (typeof CASE_SEXES)[number]), title: t('caseSex') },
    status: { values: CASE_STATUSES, label: (v) => statusLabel(t, v as (typeof CASE_STATUSES)[number]), title: t('caseStatus') },
    flag: { values: CASE_FLAG_KINDS, label: (v) => flagLabel(t, v as (typeof CASE_FLAG_KINDS)[number]), title: t('caseFlags') },
  };
  const setFilter = (name: string, value: string) => {
    const next = new URLSearchParams(query);
    if (value) next.set(name, value);
    else next.delete(name);
    navigate(`/cases?${next.toString()}`, { replace: true });
  };
  return (
    <Layout title={t('casesTitle')}>
      <p>{t('casesIntro')}</p>
      <form className="filters" aria-label={t('caseFilter')} onSubmit={(e) => e.preventDefault()}>
        {FILTERS.map((name) => (
          <label key={name}>
            <span>{options[name].title}</span>{' '}
            <select value={query.get(name) ?? ''} onChange={(e) => setFilter(name, e.target.value)} data-testid={`case-filter-${name}`}>
              <option value="">{t('caseFilterAll')}</option>
              {options[name].values.map((v) => <option key={v} value={v}>{options[name].label(v)}</option>)}
            </select>
          </label>
        ))}
      </form>
      <Status loaded={cases}>
        {(items) => items.length === 0 ? <p>{t('none')}</p> : (
          <div className="table-wrap">
            <table data-testid="cases">
              <thead>
                <tr>
                  <th scope="col">{t('caseLabel')}</th>
                  <th scope="col">{t('caseCategories')}</th>
                  <th scope="col">{t('caseSex')}</th>
                  <th scope="col">{t('caseStatus')}</th>
                  <th scope="col">{t('casePretrialDays')}</th>
                  <th scope="col">{t('caseFlags')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((c) => (
                  <tr key={c.id}>
                    <th scope="row"><Link to={`/cases/${c.id}`}>{c.label}</Link>{c.personCount > 1 ? ` (${number(c.personCount)})` : ''}</th>
                    <td>{c.categories.map((k) => categoryLabel(t, k)).join(', ')}</td>
                    <td>{sexLabel(t, c.sex)}</td>
                    <td>{statusLabel(t, c.status)}</td>
                    <td>{number(c.pretrialDays)}</td>
                    <td>{c.flags.map((f) => t('caseFlagSince', { flag: flagLabel(t, f.kind), date: date(f.since) })).join('; ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Status>
      <h2>{t('trialsTitle')}</h2>
      <Status loaded={trials}>
        {(items) => items.length === 0 ? <p>{t('none')}</p> : (
          <div className="table-wrap">
            <table data-testid="trials">
              <thead>
                <tr>
                  <th scope="col">{t('trialVerdictDate')}</th>
                  <th scope="col">{t('trialCourt')}</th>
                  <th scope="col">{t('trialCharges')}</th>
                  <th scope="col">{t('trialDefendants')}</th>
                  <th scope="col">{t('trialJudgment')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((tr) => (
                  <tr key={tr.id}>
                    <th scope="row">{date(tr.verdictOn)}</th>
                    <td>{tr.court ?? t('notStated')}</td>
                    <td>{tr.charges}{tr.articles.length > 0 ? ` (${t('caseArticles', { articles: tr.articles.join(', ') })})` : ''}</td>
                    <td>{tr.defendantCount === null ? t('notStated') : number(tr.defendantCount)}</td>
                    <td>{tr.title}: {tr.judgment}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Status>
    </Layout>
  );
}
