// The languages Landmark speaks (the web app, reminder mails, reports) and how each writes
// numbers, dates and plurals. Browser-safe.

export const LANGUAGES = ['en', 'fr', 'es', 'km'] as const;
export type Language = (typeof LANGUAGES)[number];

export const DEFAULT_LANGUAGE: Language = 'en';

/** The Intl locale of each language. */
export const LOCALES: Record<Language, string> = { en: 'en-GB', fr: 'fr-FR', es: 'es-ES', km: 'km-KH' };

export interface LocaleFormats {
  /** `1,234` in English, `1 234` in French. */
  number: (value: number) => string;
  /** An ISO date or date-time (`2026-12-07`) as a long date, read in UTC: `7 December 2026`, `7 ធ្នូ 2026`. */
  date: (iso: string) => string;
  /** Whether a count takes the singular (`one`) or the plural form of a sentence. */
  plural: (count: number) => 'one' | 'other';
}

// Intl objects are costly to build (tens of microseconds each): one set per language.
const cache = new Map<Language, LocaleFormats>();

// ICU's long Khmer date (`7 ធ្នូ 2026`), for an Intl without Khmer data: Debian's Chromium
// has none and would write Khmer dates in English.
const KHMER_MONTHS = ['មករា', 'កុម្ភៈ', 'មីនា', 'មេសា', 'ឧសភា', 'មិថុនា', 'កក្កដា', 'សីហា', 'កញ្ញា', 'តុលា', 'វិច្ឆិកា', 'ធ្នូ'];

function longDate(language: Language): (date: Date) => string {
  const locale = LOCALES[language];
  if (language === 'km' && Intl.DateTimeFormat.supportedLocalesOf(locale).length === 0) {
    return (date) => `${date.getUTCDate()} ${KHMER_MONTHS[date.getUTCMonth()] ?? ''} ${date.getUTCFullYear()}`;
  }
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  return (date) => dates.format(date);
}

/** The number, date and plural formats of `language`. */
export function localeFormats(language: Language): LocaleFormats {
  let formats = cache.get(language);
  if (formats === undefined) {
    const locale = LOCALES[language];
    const numbers = new Intl.NumberFormat(locale);
    const dates = longDate(language);
    const plurals = new Intl.PluralRules(locale);
    formats = {
      number: (value) => numbers.format(value),
      date: (iso) => dates(new Date(`${iso.slice(0, 10)}T00:00:00Z`)),
      plural: (count) => (plurals.select(count) === 'one' ? 'one' : 'other'),
    };
    cache.set(language, formats);
  }
  return formats;
}

const regions = new Map<Language, Intl.DisplayNames | null>();

/**
 * The name of a region (an ISO 3166-1 alpha-2 code, `DZ`) in `language` from Intl's data
 * (`អាល់ហ្សេរី` in Khmer); null when Intl has no data for the language or the code.
 */
export function regionName(language: Language, alpha2: string): string | null {
  let names = regions.get(language);
  if (names === undefined) {
    // Without data for the language, Intl would answer in its default one instead.
    names = Intl.DisplayNames.supportedLocalesOf(LOCALES[language]).length > 0 ? new Intl.DisplayNames(LOCALES[language], { type: 'region', fallback: 'none' }) : null;
    regions.set(language, names);
  }
  try {
    return names?.of(alpha2) ?? null;
  } catch {
    // A code that is no well-formed region subtag (RangeError).
    return null;
  }
}

/** `{name}` placeholders of `template` replaced by `values`; unknown names stay as written. */
export function fillMessage(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => values[name] ?? placeholder);
}

/** The language a stored or requested code names, or null. */
export function asLanguage(code: string | null | undefined): Language | null {
  return LANGUAGES.find((l) => l === code) ?? null;
}
