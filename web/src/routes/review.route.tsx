// Reviewing an imported document: its source text beside the extracted recommendations,
// benchmarks and grades; fix what extraction got wrong, then publish.
import { useState } from 'react';
import type { PublishResult } from '../../../contracts/review.ts';
import { api } from '../api/client.ts';
import { GradeBadge } from '../components/grade-badge.component.tsx';
import { Layout } from '../components/layout.component.tsx';
import { ReviewItem } from '../components/review-item.component.tsx';
import { Status } from '../components/status.component.tsx';
import { useApi } from '../components/use-api.hook.ts';
import { useI18n } from '../i18n/language.context.tsx';

function showSource(ref: string): void {
  const el = document.getElementById(`src-${ref}`);
  if (!el) return;
  document.querySelectorAll('.source-text .focus').forEach((p) => p.classList.remove('focus'));
  el.classList.add('focus');
  el.scrollIntoView({ block: 'center' });
  el.focus();
}

export function ReviewRoute({ id }: { id: string }) {
  const { t, language } = useI18n();
  const [version, setVersion] = useState(0);
  const loaded = useApi(() => api.review(id, language), `${id}-${version}|${language}`);
  const [published, setPublished] = useState<PublishResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const d = loaded.data;
  const name = d ? (d.symbol ?? d.title ?? d.filename ?? '') : '';
  const publish = () => {
    setError(null);
    api.publish(id).then((r) => { setPublished(r); setVersion((v) => v + 1); }, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  };
  return (
    <Layout title={d ? t('reviewTitle', { document: name }) : t('loading')}>
      <Status loaded={loaded}>
        {(doc) => {
          const live = doc.items.filter((i) => i.state !== 'discarded');
          return (
            <>
              <div className="publish-bar">
                {doc.state === 'published' ? (
                  <p role="status" data-testid="published">{t('reviewPublished')}</p>
                ) : (
                  <button type="button" className="primary" onClick={publish}>{t('reviewPublish')}</button>
                )}
                {published && <span className="muted"> {published.recommendations + published.cited} · {published.benchmarks} · {published.assessments}</span>}
                {error && <p role="alert" className="error">{error}</p>}
              </div>
              <div className="review-layout">
                <section aria-labelledby="src-h" className="review-source">
                  <h2 id="src-h">{t('reviewSourceText')}</h2>
                  <div className="source-text scroll" tabIndex={0} aria-labelledby="src-h">
                    {doc.paragraphs.map((p) => (
                      <p key={p.ordinal} id={`src-${p.ref}`} tabIndex={-1}><span className="para-ref">{p.ref}</span> {p.text}</p>
                    ))}
                  </div>
                </section>
                <div className="review-items">
                  <section aria-labelledby="items-h">
                    <h2 id="items-h">{t('reviewRecommendations', { count: live.length })}</h2>
                    {doc.items.length === 0 ? <p>{t('none')}</p> : (
                      <ol className="plain">
                        {doc.items.map((item) => (
                          <ReviewItem
                            key={`${item.id}-${version}`}
                            item={item}
                            next={live[live.indexOf(item) + 1] ?? null}
                            onChanged={() => setVersion((v) => v + 1)}
                            onShowSource={showSource}
                          />
                        ))}
                      </ol>
                    )}
                  </section>
                  {doc.benchmarks.length > 0 && (
                    <section aria-labelledby="bench-h">
                      <h2 id="bench-h">{t('reviewBenchmarks', { count: doc.benchmarks.length })}</h2>
                      <ol className="plain">
                        {doc.benchmarks.map((b) => <li key={b.id}><span className="code">{b.code ?? b.number}</span> {b.title} ({t('benchmarkSourceCount')}: {b.sources})</li>)}
                      </ol>
                    </section>
                  )}
                  {doc.grades.length > 0 && (
                    <section aria-labelledby="grades-h">
                      <h2 id="grades-h">{t('reviewGrades', { count: doc.grades.length })}</h2>
                      <ul className="plain">
                        {doc.grades.map((g) => <li key={g.id}><span className="code">{g.benchmark}</span> {g.period}: <GradeBadge grade={g.grade} label={g.label} colour={g.colour} /></li>)}
                      </ul>
                    </section>
                  )}
                </div>
              </div>
            </>
          );
        }}
      </Status>
    </Layout>
  );
}
