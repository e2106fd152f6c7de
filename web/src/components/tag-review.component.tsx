// The tags of a recommendation with where each came from; coordinators and admins confirm
// or reject the suggested ones (POST /api/recommendations/{id}/tags).
import { useState } from 'react';
import { request } from '../api/client.ts';
import { useI18n } from '../i18n/language.context.tsx';
import { useSession } from './session.context.tsx';

interface TagView {
  taxonomy: string;
  code: string;
  label: string;
  origin: string;
}

const ORIGIN_KEYS = { imported: 'tagImported', suggested: 'tagSuggested', confirmed: 'tagConfirmed', rejected: 'tagRejected' } as const;

export function TagReview({ recommendationId, tags, onChange }: { recommendationId: string; tags: readonly TagView[]; onChange: () => void }) {
  const { t } = useI18n();
  const { may } = useSession();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const mayDecide = may('tag.decide');
  const decide = async (tag: TagView, action: 'confirm' | 'reject') => {
    setBusy(`${tag.taxonomy}:${tag.code}`);
    setError(null);
    try {
      await request('POST', `/api/recommendations/${recommendationId}/tags`, { taxonomy: tag.taxonomy, code: tag.code, action });
      onChange();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(null);
    }
  };
  return (
    <>
      <ul className="tags">
        {tags.map((tag) => {
          const key = `${tag.taxonomy}:${tag.code}`;
          const origin = ORIGIN_KEYS[tag.origin as keyof typeof ORIGIN_KEYS];
          return (
            <li key={key} className={`tag tag-${tag.origin}`}>
              {tag.label} <span className="tag-origin">({origin ? t(origin) : tag.origin})</span>
              {mayDecide && tag.origin === 'suggested' && (
                <>
                  {' '}
                  <button type="button" disabled={busy === key} onClick={() => void decide(tag, 'confirm')} aria-label={`${t('tagConfirm')}: ${tag.label}`}>{t('tagConfirm')}</button>
                  {' '}
                  <button type="button" disabled={busy === key} onClick={() => void decide(tag, 'reject')} aria-label={`${t('tagReject')}: ${tag.label}`}>{t('tagReject')}</button>
                </>
              )}
            </li>
          );
        })}
      </ul>
      {error && <p role="alert">{error}</p>}
    </>
  );
}
