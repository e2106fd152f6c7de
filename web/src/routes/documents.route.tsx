import { api } from '../api/client.ts';
import { Layout } from '../components/layout.component.tsx';
import { Link } from '../components/link.component.tsx';
import { ListDownload } from '../components/list-download.component.tsx';
import { Status } from '../components/status.component.tsx';
import { useApi } from '../components/use-api.hook.ts';
import { mechanismLabel } from '../i18n/labels.ts';
import { useI18n } from '../i18n/language.context.tsx';

export function DocumentsRoute() {
  const { t, number, date } = useI18n();
  const loaded = useApi(() => api.documents(), 'documents');
  return (
    <Layout title={t('documentsTitle')}>
      <Status loaded={loaded}>
        {({ items }) => items.length === 0 ? <p>{t('none')}</p> : (
          <>
            <ListDownload list="/api/documents" />
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('documentSymbol')}</th>
                    <th scope="col">{t('documentTitleColumn')}</th>
                    <th scope="col">{t('facetMechanism')}</th>
                    <th scope="col">{t('documentDate')}</th>
                    <th scope="col">{t('documentRecommendations')}</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((d) => (
                    <tr key={d.id}>
                      <th scope="row"><Link to={`/documents/${d.id}`}>{d.symbol ?? d.title ?? d.id}</Link></th>
                      <td>{d.title}</td>
                      <td>{mechanismLabel(t, d.mechanism)}</td>
                      <td>{date(d.date)}</td>
                      <td>{number(d.recommendationCount)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </Status>
    </Layout>
  );
}
