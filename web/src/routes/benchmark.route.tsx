// A benchmark: its wording in each report, the recommendations it rests on, its grades
// per period with the evidence, and its indicators.
import { api } from '../api/client.ts';
import { AssessmentTimeline } from '../components/assessment-timeline.component.tsx';
import { Layout } from '../components/layout.component.tsx';
import { LineChart } from '../components/line-chart.component.tsx';
import { Link } from '../components/link.component.tsx';
import { Status } from '../components/status.component.tsx';
import { useApi } from '../components/use-api.hook.ts';
import { useI18n } from '../i18n/language.context.tsx';

export function BenchmarkRoute({ id }: { id: string }) {
  const { t, date } = useI18n();
  const loaded = useApi(() => api.benchmark(id), id);
  const b = loaded.data;
  const title = b ? `${t('benchmarkTitle', { code: b.code ?? String(b.number ?? '') })}: ${b.title}` : t('loading');
  return (
    <Layout title={title}>
      <Status loaded={loaded}>
        {(d) => (
          <div className="record">
            <dl className="facts">
              <div><dt>{t('benchmarkMonitor')}</dt><dd>{d.monitor.name}</dd></div>
              {d.timeframe && <div><dt>{t('benchmarkTimeframe')}</dt><dd>{d.timeframe}</dd></div>}
            </dl>
            <section aria-labelledby="grades-h">
              <h2 id="grades-h">{t('benchmarkGrades')}</h2>
              <AssessmentTimeline assessments={d.assessments} />
            </section>
            <section aria-labelledby="wordings-h">
              <h2 id="wordings-h">{t('benchmarkWordings')}</h2>
              <ul>
                {d.wordings.map((w) => (
                  <li key={w.document.id}>
                    <Link to={`/documents/${w.document.id}`}>{w.document.symbol ?? w.document.title}</Link> {date(w.document.date)}: «{w.title}»
                    {w.timeframe ? ` (${w.timeframe})` : ''}
                  </li>
                ))}
              </ul>
            </section>
            <section aria-labelledby="sources-h">
              <h2 id="sources-h">{t('benchmarkSources')}</h2>
              {d.sources.length === 0 ? <p>{t('none')}</p> : (
                <ul className="related">
                  {d.sources.map((s) => (
                    <li key={s.id}>
                      <Link to={`/recommendations/${s.id}`}>{t('recTitle', { document: s.document.symbol ?? s.document.title ?? '', ref: s.ref })}</Link>
                      <p>{s.text}</p>
                    </li>
                  ))}
                </ul>
              )}
            </section>
            {d.indicators.length > 0 && (
              <section aria-labelledby="ind-h">
                <h2 id="ind-h">{t('recIndicators')}</h2>
                {d.indicators.map((i) => <LineChart key={i.id} indicator={i} />)}
              </section>
            )}
          </div>
        )}
      </Status>
    </Layout>
  );
}
