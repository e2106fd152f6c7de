import { useI18n } from '../i18n/language.context.tsx';
import { Link } from './link.component.tsx';

/** Previous / next links for a paged list; `hrefOf(page)` builds each page's URL. */
export function Pager({ page, pages, hrefOf }: { page: number; pages: number; hrefOf: (page: number) => string }) {
  const { t } = useI18n();
  if (pages <= 1) return null;
  return (
    <nav className="pager" aria-label={t('pagerLabel')}>
      {page > 1 ? <Link to={hrefOf(page - 1)} rel="prev">{t('pagerPrevious')}</Link> : <span />}
      <span>{t('pagerPage', { page, pages })}</span>
      {page < pages ? <Link to={hrefOf(page + 1)} rel="next">{t('pagerNext')}</Link> : <span />}
    </nav>
  );
}
