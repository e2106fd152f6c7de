// The report language a request asks for: `lang` when given, else the best of
// Accept-Language that Landmark writes, else English.
import { REPORT_LANGS, type ReportLang } from '../../contracts/reports.ts';

/** The supported language of highest preference in an Accept-Language header (`fr-CH, fr;q=0.9, en;q=0.8`). */
export function acceptedLang(header: string | undefined): ReportLang | null {
  if (!header) return null;
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      return { base: tag.trim().toLowerCase().split('-')[0] ?? '', q: q === undefined ? 1 : Number(q), index };
    })
    .filter((r) => r.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const r of ranked) {
    const lang = REPORT_LANGS.find((l) => l === r.base);
    if (lang) return lang;
  }
  return null;
}
