import type { ReactNode } from 'react';
import { useI18n } from '../i18n/language.context.tsx';
import type { Loaded } from './use-api.hook.ts';

/** Shows loading and errors of `loaded`, and `children(data)` once loaded. */
export function Status<T>({ loaded, children }: { loaded: Loaded<T>; children: (data: T) => ReactNode }) {
  const { t } = useI18n();
  if (loaded.error) return <p role="alert" className="error">{t('errorLoading', { message: loaded.error.message })}</p>;
  if (loaded.data === null) return <p role="status" aria-live="polite">{t('loading')}</p>;
  return <>{children(loaded.data)}</>;
}
