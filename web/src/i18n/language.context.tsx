// The interface language: chosen by the reader, remembered in localStorage, applied to
// <html lang>, and used for every string, number and date (Intl).
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { en, type MessageKey, type Messages } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { km } from './km.ts';

export const LANGUAGES = [
  { code: 'en', name: 'English', locale: 'en-GB' },
  { code: 'fr', name: 'Français', locale: 'fr-FR' },
  { code: 'es', name: 'Español', locale: 'es-ES' },
  { code: 'km', name: 'ខ្មែរ', locale: 'km-KH' },
] as const;
export type Language = (typeof LANGUAGES)[number]['code'];

const MESSAGES: Record<Language, Messages> = { en, fr, es, km };
const STORAGE_KEY = 'landmark.language';

function initialLanguage(): Language {
  const stored = window.localStorage.getItem(STORAGE_KEY);
  if (stored && stored in MESSAGES) return stored as Language;
  const browser = navigator.language.slice(0, 2);
  return browser in MESSAGES ? (browser as Language) : 'en';
}

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

export interface I18n {
  language: Language;
  setLanguage: (language: Language) => void;
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
  const value = useMemo<I18n>(() => {
    const locale = LANGUAGES.find((l) => l.code === language)?.locale ?? 'en-GB';
    const numbers = new Intl.NumberFormat(locale);
    const dates = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
    const t: Translate = (key, values) => {
      const text = MESSAGES[language][key];
      if (!values) return text;
      return text.replace(/\{(\w+)\}/g, (m, name: string) => {
        const v = values[name];
        if (v === undefined) return m;
        return typeof v === 'number' ? numbers.format(v) : v;
      });
    };
    return {
      language,
      setLanguage,
      t,
      number: (v) => numbers.format(v),
      date: (iso) => (iso ? dates.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`)) : ''),
    };
  }, [language, setLanguage]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error('useI18n outside LanguageProvider');
  return ctx;
}
