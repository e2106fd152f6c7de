// The interface language: chosen by the reader, remembered in localStorage, applied to
// <html lang>, and used for every string, number and date (Intl).
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { asLanguage, DEFAULT_LANGUAGE, fillMessage, localeFormats, type Language } from '../../../contracts/languages.ts';
import { en, type MessageKey, type Messages } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { km } from './km.ts';

/** Each language by its own name, as the language menu offers them. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', fr: 'Français', es: 'Español', km: 'ខ្មែរ' };

const MESSAGES: Record<Language, Messages> = { en, fr, es, km };
const isMessageKey = (key: string): key is MessageKey => key in en;
const STORAGE_KEY = 'landmark.language';

function initialLanguage(): Language {
  return asLanguage(window.localStorage.getItem(STORAGE_KEY)) ?? asLanguage(navigator.language.slice(0, 2)) ?? DEFAULT_LANGUAGE;
}

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

export interface I18n {
  language: Language;
  /** The reader's choice, remembered on this device. */
  setLanguage: (language: Language) => void;
  /** Takes `language` (the signed-in account's) unless the reader chose one on this device. */
  adopt: (language: Language) => void;
  t: Translate;
  number: (value: number) => string;
  date: (iso: string | null) => string;
}

const I18nContext = createContext<I18n | null>(null);

export function LanguageProvider({ children }: { children: ReactNode }) {
  const [language, setState] = useState<Language>(initialLanguage);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  const setLanguage = useCallback((l: Language) => {
    window.localStorage.setItem(STORAGE_KEY, l);
    setState(l);
  }, []);
  const adopt = useCallback((l: Language) => {
    if (window.localStorage.getItem(STORAGE_KEY) === null) setState(l);
  }, []);
  const value = useMemo<I18n>(() => {
    const formats = localeFormats(language);
    const t: Translate = (key, values) => {
      // `<key>One` is the sentence for a `count` that takes the singular (`1 recommendation`).
      const singular = `${key}One`;
      const chosen = typeof values?.count === 'number' && formats.plural(values.count) === 'one' && isMessageKey(singular) ? singular : key;
      const text = MESSAGES[language][chosen];
      if (!values) return text;
      return fillMessage(text, Object.fromEntries(Object.entries(values).map(([name, v]) => [name, typeof v === 'number' ? formats.number(v) : v])));
    };
    return {
      language,
      setLanguage,
      adopt,
      t,
      number: formats.number,
      date: (iso) => (iso ? formats.date(iso) : ''),
    };
  }, [language, setLanguage, adopt]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error('useI18n outside LanguageProvider');
  return ctx;
}
