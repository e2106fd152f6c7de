// One extracted recommendation in review: read, edit, split at the cursor, merge with the
// next, discard or restore, and show its paragraph in the source text.
import { useRef, useState } from 'react';
import type { ReviewRecommendation } from '../../../contracts/review.ts';
import { api } from '../api/client.ts';
import { useI18n } from '../i18n/language.context.tsx';

export function ReviewItem({ item, next, onChanged, onShowSource }: {
  item: ReviewRecommendation;
  next: ReviewRecommendation | null;
  onChanged: () => void;
  onShowSource: (ref: string) => void;
}) {
  const { t } = useI18n();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(item.text);
  const [error, setError] = useState<string | null>(null);
  const area = useRef<HTMLTextAreaElement>(null);
  const discarded = item.state === 'discarded';
  const published = item.state === 'published';

  const run = (action: () => Promise<unknown>) => {
    setError(null);
    action().then(() => { setEditing(false); onChanged(); }, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  };

  return (
    <li className={discarded ? 'review-item discarded' : 'review-item'} data-ref={item.ref} data-state={item.state}>
      <h3>
        {item.ref}
        {discarded && <span className="tag">{t('reviewDiscarded')}</span>}
      </h3>
      {editing ? (
        <label className="stack">
          <span>{t('reviewTextOf', { ref: item.ref })}</span>
          <textarea ref={area} value={text} rows={6} onChange={(e) => setText(e.target.value)} />
        </label>
      ) : (
        <p>{item.text}</p>
      )}
      {item.states.length > 0 && <p className="meta">{item.states.map((s) => s.name).join(', ')}</p>}
      {error && <p role="alert" className="error">{error}</p>}
      {!published && (
        <div className="actions">
          {editing ? (
            <>
              <button type="button" onClick={() => run(() => api.editRecommendation(item.id, text))}>{t('reviewSave')}</button>
              <button type="button" onClick={() => run(() => api.splitRecommendation(item.id, area.current?.selectionStart ?? 0))}>{t('reviewSplit')}</button>
              <button type="button" className="secondary" onClick={() => { setText(item.text); setEditing(false); }}>{t('reviewCancel')}</button>
            </>
          ) : discarded ? (
            <button type="button" onClick={() => run(() => api.restoreRecommendation(item.id))}>{t('reviewRestore')}</button>
          ) : (
            <>
              <button type="button" onClick={() => setEditing(true)}>{t('reviewEdit')}</button>
              {next && <button type="button" onClick={() => run(() => api.mergeRecommendations(item.id, next.id))}>{t('reviewMerge')}</button>}
              <button type="button" className="secondary" onClick={() => run(() => api.discardRecommendation(item.id))}>{t('reviewDiscard')}</button>
            </>
          )}
          {item.paragraphRef && <button type="button" className="secondary" onClick={() => onShowSource(item.paragraphRef ?? '')}>{t('reviewShowSource')}</button>}
        </div>
      )}
    </li>
  );
}
