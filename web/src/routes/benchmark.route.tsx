// A benchmark: its wording in each report (or its monitor's own), the recommendations it
// rests on and those it may also rest on, its grades per period with the evidence, and its
// indicators. Editors change it, and add and remove its sources, here.
import type { BenchmarkDetail } from '../../../contracts/records.ts';
import { api } from '../api/client.ts';
import { AssessmentForm, type DocumentOption } from '../components/assessment-form.component.tsx';
import { AssessmentTimeline } from '../components/assessment-timeline.component.tsx';
import { BenchmarkSources, EditBenchmarkForm, ProposedSources } from '../components/benchmark-forms.component.tsx';
import { IndicatorsPanel } from '../components/indicator-forms.component.tsx';
import { Layout } from '../components/layout.component.tsx';
import { Link } from '../components/link.component.tsx';
import { useSession } from '../components/session.context.tsx';
import { Status } from '../components/status.component.tsx';
import { useApi } from '../components/use-api.hook.ts';
import { useI18n } from '../i18n/language.context.tsx';

/** The documents a benchmark's evidence may cite: the reports that word it and its sources' documents. */
function documentOptions(d: BenchmarkDetail): DocumentOption[] {
  const docs = [...d.wordings.map((w) => w.document), ...d.sources.map((s) => s.document)];
  return [...new Map(docs.map((doc) => [doc.id, { id: doc.id, label: doc.symbol ?? doc.title ?? doc.id }])).values()];
}

export function BenchmarkRoute({ id }: { id: string }) {
  const { t, date } = useI18n();
  const { user, may } = useSession();
  const loaded = useApi(() => api.benchmark(id), id);
  const b = loaded.data;
  const title = b ? `${t('benchmarkTitle', { code: b.code ?? String(b.number ?? '') })}: ${b.title}` : t('loading');
  return (
    <Layout title={title}>
      <Status loaded={loaded}>
        {(d) => (
          <div className="record">
            {d.state === 'draft' && <p className="filter-note" data-testid="draft-note">{t('benchmarkDraft')}</p>}
            <dl className="facts">
              <div><dt>{t('benchmarkMonitor')}</dt><dd>{d.monitor.name}</dd></div>
              {d.timeframe && <div><dt>{t('benchmarkTimeframe')}</dt><dd>{d.timeframe}</dd></div>}
            </dl>
            {may('benchmark.edit') && <EditBenchmarkForm key={d.version} benchmark={d} onSaved={loaded.reload} />}
            <section aria-labelledby="grades-h">
              <h2 id="grades-h">{t('benchmarkGrades')}</h2>
              <AssessmentTimeline assessments={d.assessments} />
              {may('assessment.record') && (
                <AssessmentForm itemType="benchmark" itemId={d.id} monitorId={d.monitor.id} documents={documentOptions(d)} onRecorded={loaded.reload} />
              )}
            </section>
            <section aria-labelledby="wordings-h">
              <h2 id="wordings-h">{t('benchmarkWordings')}</h2>
              {d.wordings.length === 0 ? <p>{t('benchmarkNoWording')}</p> : (
                <ul>
                  {d.wordings.map((w) => (
                    <li key={w.document.id}>
                      <Link to={`/documents/${w.document.id}`}>{w.document.symbol ?? w.document.title}</Link> {date(w.document.date)}: «{w.title}»
                      {w.timeframe ? ` (${w.timeframe})` : ''}
                    </li>
                  ))}
                </ul>
              )}
            </section>
            <section aria-labelledby="sources-h">
              <h2 id="sources-h">{t('benchmarkSources')}</h2>
              <BenchmarkSources benchmark={d} onChange={loaded.reload} />
            </section>
            <section aria-labelledby="proposed-h">
              <h2 id="proposed-h">{t('benchmarkProposed')}</h2>
              <ProposedSources benchmark={d} onChange={loaded.reload} />
            </section>
            {(d.indicators.length > 0 || user) && (
              <section aria-labelledby="ind-h">
                <h2 id="ind-h">{t('recIndicators')}</h2>
                <IndicatorsPanel indicators={d.indicators} links={{ benchmarkIds: [d.id], recommendationIds: [] }} onChange={loaded.reload} />
              </section>
            )}
          </div>
        )}
      </Status>
    </Layout>
  );
}
