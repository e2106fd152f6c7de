import type { BenchmarkSummary } from '../../../contracts/records.ts';
import { api } from '../api/client.ts';
import { NewBenchmarkForm } from '../components/benchmark-forms.component.tsx';
import { GradeBadge } from '../components/grade-badge.component.tsx';
import { Layout } from '../components/layout.component.tsx';
import { Link } from '../components/link.component.tsx';
import { ListDownload } from '../components/list-download.component.tsx';
import { useSession } from '../components/session.context.tsx';
import { Status } from '../components/status.component.tsx';
import { useApi } from '../components/use-api.hook.ts';
import { useI18n } from '../i18n/language.context.tsx';
import { useLocation } from '../router.ts';

function BenchmarkTable({ items, testId }: { items: BenchmarkSummary[]; testId: string }) {
  const { t, number } = useI18n();
  return (
    <div className="table-wrap">
      <table data-testid={testId}>
        <thead>
          <tr>
            <th scope="col">{t('scorecardBenchmark')}</th>
            <th scope="col">{t('benchmarkMonitor')}</th>
            <th scope="col">{t('benchmarkTimeframe')}</th>
            <th scope="col">{t('benchmarkSourceCount')}</th>
            <th scope="col">{t('benchmarkLatest')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((b) => (
            <tr key={b.id}>
              <th scope="row"><Link to={`/benchmarks/${b.id}`}><span className="code">{b.code ?? b.number}</span> {b.title}</Link></th>
              <td>{b.monitor.name}</td>
              <td>{b.timeframe}</td>
              <td>{number(b.sourceCount)}</td>
              <td>{b.latestGrade ? <><GradeBadge {...b.latestGrade} /> ({b.latestGrade.period})</> : t('notGraded')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The benchmarks not yet published, for those who may publish them. */
function Drafts() {
  const { t } = useI18n();
  const loaded = useApi(() => api.benchmarks(new URLSearchParams({ state: 'draft' })), 'benchmarks-drafts');
  if (!loaded.data?.items.length) return null;
  return (
    <section aria-labelledby="drafts-h">
      <h2 id="drafts-h">{t('benchmarkDrafts')}</h2>
      <BenchmarkTable items={loaded.data.items} testId="draft-benchmarks" />
    </section>
  );
}

export function BenchmarksRoute() {
  const { t } = useI18n();
  const { may } = useSession();
  const { query } = useLocation();
  // From an "assessments due" reminder: the benchmarks a reporting period still lacks.
  const unassessedIn = query.get('unassessedIn');
  const filters = new URLSearchParams(unassessedIn ? { unassessedIn } : {});
  const loaded = useApi(() => api.benchmarks(filters), `benchmarks?${filters.toString()}`);
  const editor = may('benchmark.edit');
  return (
    <Layout title={t('benchmarksTitle')}>
      {unassessedIn && <p className="filter-note">{t('benchmarksUnassessed')} <Link to="/benchmarks">{t('benchmarksAll')}</Link></p>}
      {editor && <NewBenchmarkForm />}
      <Status loaded={loaded}>
        {({ items }) => items.length === 0 ? <p>{t('none')}</p> : (
          <>
            <ListDownload list="/api/benchmarks" filters={filters} />
            <BenchmarkTable items={items} testId="benchmarks" />
          </>
        )}
      </Status>
      {editor && !unassessedIn && <Drafts />}
    </Layout>
  );
}
