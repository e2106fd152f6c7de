// Home: the public portal's introduction for visitors, each monitor's scorecard, and the
// totals as charts.
import { api } from '../api/client.ts';
import { BarChart } from '../components/bar-chart.component.tsx';
import { CaseFlags } from '../components/case-flags.component.tsx';
import { Layout } from '../components/layout.component.tsx';
import { Link } from '../components/link.component.tsx';
import { ScorecardView } from '../components/scorecard.component.tsx';
import { useSession } from '../components/session.context.tsx';
import { StackedChart } from '../components/stacked-chart.component.tsx';
import { Status } from '../components/status.component.tsx';
import { useApi } from '../components/use-api.hook.ts';
import { codeLabel, mechanismLabel } from '../i18n/labels.ts';
import { useI18n } from '../i18n/language.context.tsx';

export function DashboardRoute() {
  const { t, number, language } = useI18n();
  const { user, ready } = useSession();
  const loaded = useApi(() => api.dashboard(language), `dashboard|${language}`);
  return (
    <Layout title={user ? t('dashboardTitle') : t('tagline')}>
      {ready && !user && (
        <section className="portal-intro">
          <p>{t('portalIntro')}</p>
          <p>
            <Link to="/search">{t('portalSearch')}</Link> · <Link to="/benchmarks">{t('portalBrowse')}</Link>
          </p>
        </section>
      )}
      {(user?.role === 'admin' || user?.role === 'coordinator') && <CaseFlags />}
      <Status loaded={loaded}>
        {(d) => (
          <>
            <dl className="stats">
              <div><dt>{t('statRecommendations')}</dt><dd>{number(d.recommendations)}</dd></div>
              <div><dt>{t('statDocuments')}</dt><dd>{number(d.documents)}</dd></div>
            </dl>
            {d.scorecards.length === 0 && <p>{t('scorecardNone')}</p>}
            {d.scorecards.map((card) => (
              <div key={card.monitor.id}>
                <ScorecardView card={card} />
                <StackedChart title={`${t('chartGradesPerPeriod')}: ${card.monitor.name}`} periods={card.history} />
              </div>
            ))}
            <div className="chart-grid">
              <BarChart title={t('chartByMechanism')} bars={d.byMechanism.map((c) => ({ label: mechanismLabel(t, c.key), value: c.count }))} />
              <BarChart title={t('chartByPosition')} bars={d.byPosition.map((c) => ({ label: codeLabel(t, c.key), value: c.count }))} />
              <BarChart title={t('chartByStatus')} bars={d.byStatus.map((c) => ({ label: c.key === 'none' ? t('notAssessed') : codeLabel(t, c.key, c.label), value: c.count }))} />
              <BarChart title={t('chartByTheme')} bars={d.byTheme.map((c) => ({ label: c.label, value: c.count }))} />
              <BarChart title={t('chartBySdg')} bars={d.bySdg.map((c) => ({ label: c.label, value: c.count }))} />
              <BarChart
                title={t('chartActions')}
                bars={d.actionsByInstitution.map((a) => ({ label: a.institution, value: a.planned + a.inProgress + a.completed }))}
              />
            </div>
          </>
        )}
      </Status>
    </Layout>
  );
}
