// Recommendations whose text is close to a record's: each with its mechanism, its document
// and how similar it is (TF-IDF cosine, as a percentage). The recommendation page lists
// the nearest ones from every mechanism; the benchmark page lists those it may rest on.
import type { ReactNode } from 'react';
import type { RelatedRecommendation } from '../../../contracts/tagging.ts';
import { api } from '../api/client.ts';
import { mechanismLabel } from '../i18n/labels.ts';
import { useI18n, type Translate } from '../i18n/language.context.tsx';
import { Link } from './link.component.tsx';
import { Status } from './status.component.tsx';
import { useApi } from './use-api.hook.ts';

/** How many similar recommendations a recommendation page shows. */
const SIMILAR_SHOWN = 8;

/** The name a recommendation goes by in lists: its document and paragraph. */
export function recommendationName(t: Translate, r: { ref: string; document: { symbol: string | null; title: string | null } }): string {
  return t('recTitle', { document: r.document.symbol ?? r.document.title ?? '', ref: r.ref });
}

/** One close recommendation: a link to it, where it comes from, how similar, its text, and `children` (a button). */
export function RelatedItem({ item, children }: { item: RelatedRecommendation; children?: ReactNode }) {
  const { t, date } = useI18n();
  const document = [item.document.symbol ?? item.document.title, date(item.document.date)].filter(Boolean).join(' ');
  return (
    <li>
      <Link to={`/recommendations/${item.id}`}>{recommendationName(t, item)}</Link>
      <p className="meta">
        {[mechanismLabel(t, item.mechanism), document, t('similarity', { percent: Math.round(item.score * 100) })].filter(Boolean).join(' · ')}
      </p>
      <p>{item.text}</p>
      {children}
    </li>
  );
}

/** The published recommendations nearest to recommendation `id`, across mechanisms. */
export function SimilarRecommendations({ id }: { id: string }) {
  const { t } = useI18n();
  const loaded = useApi(() => api.similarRecommendations(id, SIMILAR_SHOWN), `similar-${id}`);
  return (
    <>
      <p className="help">{t('recSimilarIntro')}</p>
      <Status loaded={loaded}>
        {({ related }) => related.length === 0 ? <p>{t('recSimilarNone')}</p> : (
          <ul className="related" data-testid="similar">
            {related.map((r) => <RelatedItem key={r.id} item={r} />)}
          </ul>
        )}
      </Status>
    </>
  );
}
