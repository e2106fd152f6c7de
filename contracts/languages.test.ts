import { afterEach, describe, expect, it, vi } from 'vitest';
import { asLanguage, fillMessage, localeFormats, regionName } from './languages.ts';

describe('languages', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.resetModules();
  });

  it('writes numbers, long dates and plurals the way each language does', () => {
    expect(['en', 'fr', 'es', 'km'].map((l) => localeFormats(asLanguage(l)!).date('2026-12-07T10:00:00Z'))).toEqual(['7 December 2026', '7 décembre 2026', '7 de diciembre de 2026', '7 ធ្នូ 2026']);
    expect(localeFormats('fr').number(12345)).toBe('12\u202f345');
    expect([0, 1, 2].map(localeFormats('fr').plural)).toEqual(['one', 'one', 'other']);
    expect([0, 1, 2].map(localeFormats('en').plural)).toEqual(['other', 'one', 'other']);
    expect([1, 2].map(localeFormats('km').plural)).toEqual(['other', 'other']);
  });

  it('writes Khmer dates in Khmer where Intl has no Khmer data, as ICU writes them', async () => {
    const months = Array.from({ length: 12 }, (_, m) => `2026-${String(m + 1).padStart(2, '0')}-${String(m + 10).padStart(2, '0')}`);
    const icu = months.map(localeFormats('km').date);
    vi.spyOn(Intl.DateTimeFormat, 'supportedLocalesOf').mockReturnValue([]);
    vi.resetModules();
    const withoutKhmer = await import('./languages.ts');
    expect(months.map(withoutKhmer.localeFormats('km').date)).toEqual(icu);
  });

  it('names regions from Intl, Khmer included (Node ships full ICU), and nothing it does not know', async () => {
    expect((['en', 'fr', 'es', 'km'] as const).map((l) => regionName(l, 'DZ'))).toEqual(['Algeria', 'Algérie', 'Argelia', 'អាល់ហ្សេរី']);
    expect([regionName('fr', 'QQ'), regionName('fr', 'not a code')]).toEqual([null, null]);
    vi.spyOn(Intl.DisplayNames, 'supportedLocalesOf').mockReturnValue([]);
    vi.resetModules();
    const withoutData = await import('./languages.ts');
    expect(withoutData.regionName('km', 'DZ')).toBeNull();
  });

  it('fills placeholders and names only the languages Landmark speaks', () => {
    expect(fillMessage('{count} of {total} ({missing})', { count: '3', total: '5' })).toBe('3 of 5 ({missing})');
    expect([asLanguage('km'), asLanguage('de'), asLanguage(null)]).toEqual(['km', null, null]);
  });
});
