// A recommendation's record: its text, its paragraph shown in the document, related
// recommendations (those linked to it, and those similar in text from every mechanism),
// benchmarks, who is responsible, actions, indicators and assessments.
import { api } from '../api/client.ts';
import { ActionsSection } from '../components/actions-section.component.tsx';
import { AssessmentForm } from '../components/assessment-form.component.tsx';
import { AssessmentTimeline } from '../components/assessment-timeline.component.tsx';
import { IndicatorsPanel } from '../components/indicator-forms.component.tsx';
import { Layout } from '../components/layout.component.tsx';
import { Link } from '../components/link.component.tsx';
import { SimilarRecommendations } from '../components/related-recommendations.component.tsx';
import { useSession } from '../components/session.context.tsx';
import { Status } from '../components/status.component.tsx';
import { TagReview } from '../components/tag-review.component.tsx';
import { useApi } from '../components/use-api.hook.ts';
import { codeLabel, mechanismLabel } from '../i18n/labels.ts';
import { useI18n } from '../i18n/language.context.tsx';

export function RecommendationRoute({ id }: { id: string }) {
  const { t, date, language } = useI18n();
  const { user, may } = useSession();
  const loaded = useApi(() => api.recommendation(id, language), `${id}|${language}`);
  const title = loaded.data ? t('recTitle', { document: loaded.data.document.symbol ?? loaded.data.document.title ?? '', ref: loaded.data.ref }) : t('loading');
  return (
    <Layout title={title}>
      <Status loaded={loaded}>
        {(r) => (
          <div className="record">
            <blockquote className="rec-text">{r.text}</blockquote>
            <dl className="facts">
              <div><dt>{t('facetMechanism')}</dt><dd>{mechanismLabel(t, r.document.mechanism)}{r.document.body ? ` (${r.document.body})` : ''}</dd></div>
              <div><dt>{t('facetDocument')}</dt><dd><Link to={`/documents/${r.document.id}`}>{r.document.symbol ?? r.document.title}</Link> {date(r.document.date)}</dd></div>
              {r.addressee && <div><dt>{t('recAddressee')}</dt><dd>{r.addressee}</dd></div>}
              {r.states.length > 0 && <div><dt>{t('recStates')}</dt><dd>{r.states.map((s) => s.name).join(', ')}</dd></div>}
              {r.position && <div><dt>{t('recPosition')}</dt><dd>{codeLabel(t, r.position)}{r.positionDocument ? ` (${r.positionDocument.symbol ?? ''})` : ''}</dd></div>}
              {r.session !== null && <div><dt>{t('facetSession')}</dt><dd>{r.session}</dd></div>}
              {r.tags.length > 0 && <div><dt>{t('recThemes')}</dt><dd><TagReview recommendationId={r.id} tags={r.tags} onChange={() => loaded.reload()} /></dd></div>}
            </dl>
            <section aria-labelledby="source-h">
              <h2 id="source-h">{t('recSource')}</h2>
              {r.source ? (
                <div className="source-text">
                  {r.source.paragraphs.map((p) => (
                    <p key={p.ordinal} className={p.ref === r.source?.paragraphRef ? 'focus' : undefined}>
                      <span className="para-ref">{p.ref}</span> {p.text}
                    </p>
                  ))}
                </div>
              ) : <p>{t('recSourceMissing')}</p>}
            </section>
            <section aria-labelledby="bench-h">
              <h2 id="bench-h">{t('recBenchmarks')}</h2>
              {r.benchmarks.length === 0 ? <p>{t('none')}</p> : (
                <ul>{r.benchmarks.map((b) => <li key={b.id}><Link to={`/benchmarks/${b.id}`}>{b.code ?? b.number} — {b.title}</Link></li>)}</ul>
              )}
            </section>
            <section aria-labelledby="related-h">
              <h2 id="related-h">{t('recRelated')}</h2>
              {r.related.length === 0 ? <p>{t('none')}</p> : (
                <ul className="related">
                  {r.related.map((l) => (
                    <li key={l.id}>
                      <Link to={`/recommendations/${l.id}`}>{t('recTitle', { document: l.document.symbol ?? l.document.title ?? '', ref: l.ref })}</Link>
                      <p>{l.text}</p>
                    </li>
                  ))}
                </ul>
              )}
            </section>
            <section aria-labelledby="similar-h">
              <h2 id="similar-h">{t('recSimilar')}</h2>
              <SimilarRecommendations id={r.id} />
            </section>
            <section aria-labelledby="assign-h">
              <h2 id="assign-h">{t('recAssignments')}</h2>
              {r.assignments.length === 0 ? <p>{t('none')}</p> : (
                <ul>{r.assignments.map((a) => <li key={`${a.institution}-${a.role}`}>{a.institution} ({codeLabel(t, a.role)})</li>)}</ul>
              )}
            </section>
            <section aria-labelledby="actions-h">
              <h2 id="actions-h">{t('recActions')}</h2>
              {user ? <ActionsSection recommendationId={r.id} onChange={loaded.reload} /> : r.actions.length === 0 ? <p>{t('none')}</p> : (
                <ul>{r.actions.map((a) => <li key={a.id}>{a.title} — {a.institution} · {codeLabel(t, a.status)}{a.dueOn ? ` · ${t('recDue', { date: date(a.dueOn) })}` : ''}</li>)}</ul>
              )}
            </section>
            <section aria-labelledby="ind-h">
              <h2 id="ind-h">{t('recIndicators')}</h2>
              <IndicatorsPanel indicators={r.indicators} links={{ benchmarkIds: [], recommendationIds: [r.id] }} onChange={loaded.reload} />
            </section>
            <section aria-labelledby="assess-h">
              <h2 id="assess-h">{t('recAssessments')}</h2>
              <AssessmentTimeline assessments={r.assessments} />
              {may('assessment.record') && (
                <AssessmentForm
                  itemType="recommendation"
                  itemId={r.id}
                  documents={[{ id: r.document.id, label: r.document.symbol ?? r.document.title ?? r.document.id }]}
                  onRecorded={loaded.reload}
                />
              )}
            </section>
          </div>
        )}
      </Status>
    </Layout>
  );
}
