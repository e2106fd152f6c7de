// A document: its recommendations, and its text paragraph by paragraph (each anchored as
// #p-REF so that evidence and recommendations can point into it).
import { api } from '../api/client.ts';
import { Layout } from '../components/layout.component.tsx';
import { Link } from '../components/link.component.tsx';
import { Status } from '../components/status.component.tsx';
import { useApi } from '../components/use-api.hook.ts';
import { mechanismLabel } from '../i18n/labels.ts';
import { useI18n } from '../i18n/language.context.tsx';

export function DocumentRoute({ id }: { id: string }) {
  const { t, date } = useI18n();
  const loaded = useApi(() => api.document(id), id);
  const title = loaded.data ? (loaded.data.symbol ?? loaded.data.title ?? '') : t('loading');
  return (
    <Layout title={title}>
      <Status loaded={loaded}>
        {(d) => (
          <div className="record">
            <dl className="facts">
              {d.title && <div><dt>{t('documentTitleColumn')}</dt><dd>{d.title}</dd></div>}
              <div><dt>{t('facetMechanism')}</dt><dd>{mechanismLabel(t, d.mechanism)}{d.body ? ` (${d.body})` : ''}</dd></div>
              {d.date && <div><dt>{t('documentDate')}</dt><dd>{date(d.date)}</dd></div>}
            </dl>
            <section aria-labelledby="recs-h">
              <h2 id="recs-h">{t('documentRecommendations')}</h2>
              {d.recommendations.length === 0 ? <p>{t('none')}</p> : (
                <ol className="plain">
                  {d.recommendations.map((r) => (
                    <li key={r.id}><Link to={`/recommendations/${r.id}`}>{t('paragraphShort', { ref: r.ref })}</Link> {r.text}</li>
                  ))}
                </ol>
              )}
            </section>
            <section aria-labelledby="text-h">
              <h2 id="text-h">{t('documentText')}</h2>
              <div className="source-text">
                {d.paragraphs.map((p) => <p key={p.ordinal} id={`p-${p.ref}`}><span className="para-ref">{p.ref}</span> {p.text}</p>)}
              </div>
            </section>
          </div>
        )}
      </Status>
    </Layout>
  );
}
