// Search with facets. The whole state lives in the query string, so a search can be
// shared, bookmarked and reloaded with the same results.
import { useEffect, useState, type SyntheticEvent } from 'react';
import { SEARCH_SORTS, type FacetName, type SearchSort } from '../../../contracts/search.ts';
import { api } from '../api/client.ts';
import { FacetPanel } from '../components/facet-panel.component.tsx';
import { GradeBadge } from '../components/grade-badge.component.tsx';
import { Layout } from '../components/layout.component.tsx';
import { Link } from '../components/link.component.tsx';
import { ListDownload } from '../components/list-download.component.tsx';
import { Pager } from '../components/pager.component.tsx';
import { Status } from '../components/status.component.tsx';
import { useApi } from '../components/use-api.hook.ts';
import type { MessageKey } from '../i18n/en.ts';
import { codeLabel, mechanismLabel } from '../i18n/labels.ts';
import { useI18n } from '../i18n/language.context.tsx';
import { navigate, useLocation } from '../router.ts';

const SORT_LABELS: Record<SearchSort, MessageKey> = { relevance: 'sortRelevance', newest: 'sortNewest', oldest: 'sortOldest', document: 'sortDocument' };

export function SearchRoute() {
  const { t, language } = useI18n();
  const { query } = useLocation();
  const key = query.toString();
  // Facet labels and State names come in the reader's language; the values in the URL do not change.
  const loaded = useApi(() => api.search(query, language), `${key}|${language}`);
  const exportFilters = new URLSearchParams(query);
  exportFilters.set('lang', language);
  const [words, setWords] = useState(query.get('q') ?? '');
  const urlWords = query.get('q') ?? '';
  // The box follows the URL when it changes (back, forward, a shared link), not on every render.
  useEffect(() => setWords(urlWords), [urlWords]);

  const go = (change: (q: URLSearchParams) => void) => {
    const next = new URLSearchParams(query);
    change(next);
    next.delete('page');
    navigate(`/search?${next.toString()}`);
  };
  const submit = (e: SyntheticEvent) => {
    e.preventDefault();
    go((q) => (words.trim() ? q.set('q', words.trim()) : q.delete('q')));
  };
  const toggle = (facet: FacetName, value: string, on: boolean) =>
    go((q) => {
      const values = q.getAll(facet).filter((v) => v !== value);
      if (on) values.push(value);
      q.delete(facet);
      for (const v of values) q.append(facet, v);
    });
  const pageHref = (page: number) => {
    const q = new URLSearchParams(query);
    q.set('page', String(page));
    return `/search?${q.toString()}`;
  };
  const sort = (query.get('sort') ?? (query.get('q') ? 'relevance' : 'newest')) as SearchSort;

  return (
    <Layout title={t('searchTitle')}>
      <form role="search" className="search-form" onSubmit={submit}>
        <label htmlFor="q">{t('searchLabel')}</label>
        <div className="search-row">
          <input id="q" name="q" type="search" value={words} onChange={(e) => setWords(e.target.value)} aria-describedby="q-help" />
          <button type="submit">{t('searchSubmit')}</button>
        </div>
        <p id="q-help" className="help">{t('searchHelp')}</p>
      </form>
      <Status loaded={loaded}>
        {(r) => (
          <div className="search-layout">
            <aside aria-label={t('searchFilters')} className="facets">
              <h2>{t('searchFilters')}</h2>
              {[...query.keys()].some((k) => k !== 'q' && k !== 'sort' && k !== 'page') && (
                <p><Link to={query.get('q') ? `/search?q=${encodeURIComponent(query.get('q') ?? '')}` : '/search'}>{t('searchClear')}</Link></p>
              )}
              <FacetPanel facets={r.facets} selected={(f) => query.getAll(f)} onToggle={toggle} />
            </aside>
            <section className="results" aria-labelledby="results-title">
              <div className="results-head">
                <h2 id="results-title" aria-live="polite" data-testid="result-count">
                  {t('searchResults', { count: r.total })} <span className="muted">{t('searchTook', { ms: r.tookMs })}</span>
                </h2>
                <label>
                  {t('searchSort')}{' '}
                  <select value={sort} onChange={(e) => go((q) => q.set('sort', e.target.value))}>
                    {SEARCH_SORTS.map((s) => <option key={s} value={s}>{t(SORT_LABELS[s])}</option>)}
                  </select>
                </label>
                <ListDownload list="/api/search" filters={exportFilters} label="searchExport" />
              </div>
              {r.documents.length > 0 && (
                <div className="doc-hits">
                  <h3>{t('searchDocuments')}</h3>
                  <ul>{r.documents.map((d) => <li key={d.id}><Link to={`/documents/${d.id}`}>{d.symbol ?? d.title}</Link> {d.symbol && d.title ? `— ${d.title}` : ''}</li>)}</ul>
                </div>
              )}
              {r.items.length === 0 && <p>{t('searchNone')}</p>}
              <ol className="hits" start={(r.page - 1) * r.pageSize + 1}>
                {r.items.map((h) => (
                  <li key={h.id} className="hit">
                    <Link to={`/recommendations/${h.id}`} className="hit-title">
                      {t('recTitle', { document: h.document.symbol ?? h.document.title ?? '', ref: h.ref })}
                    </Link>
                    <p className="hit-text">{h.text}</p>
                    <p className="meta">
                      {mechanismLabel(t, h.document.mechanism)}
                      {h.session !== null && <> · {t('sessionShort', { session: h.session })}</>}
                      {h.states.length > 0 && <> · {h.states.map((s) => s.name).join(', ')}</>}
                      {h.position && <> · {codeLabel(t, h.position)}</>}
                      {h.latestGrade && <> · <GradeBadge {...h.latestGrade} /> ({h.latestGrade.period})</>}
                    </p>
                  </li>
                ))}
              </ol>
              <Pager page={r.page} pages={Math.ceil(r.total / r.pageSize)} hrefOf={pageHref} />
            </section>
          </div>
        )}
      </Status>
    </Layout>
  );
}
