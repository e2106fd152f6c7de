import { describe, expect, it } from 'vitest';
import { REPORT_LANGS } from '../../contracts/reports.ts';
import { renderBriefPdf } from './brief.pdf.ts';
import { reportTexts } from './i18n.ts';
import { fontFor, pdfFonts } from './pdf-fonts.ts';
import { pdfText } from './read-back.testing.ts';
import { buildBrief } from './report-fixtures.testing.ts';

/** Every fixed string of a language, the templated ones filled with numbers. */
function fixedStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') return [String((value as (...args: unknown[]) => unknown)('12', '3', '4'))];
  if (value && typeof value === 'object') return Object.values(value).flatMap(fixedStrings);
  return [];
}

describe('pdf fonts', () => {
  it('picks, for every fixed text in every language, a font that shapes it', () => {
    const fonts = pdfFonts();
    for (const lang of REPORT_LANGS) {
      for (const text of fixedStrings(reportTexts(lang))) {
        for (const strong of [false, true]) {
          expect(() => fonts[fontFor(text, strong)].font.layout(text), `${lang}: ${text}`).not.toThrow();
        }
      }
    }
  });

  it('prints Khmer in Hanuman and accented Latin in Noto Sans Khmer', () => {
    expect(fontFor('រៀបចំដោយ', false)).toBe('khmer');
    expect(fontFor('រៀបចំដោយ 2023', true)).toBe('khmerStrong');
    expect(fontFor('Côte d’Ivoire – 2023', false)).toBe('body');
  });

  it('renders a Khmer brief, Khmer mark sequences included', async () => {
    const report = { ...buildBrief(), title: 'របាយការណ៍ កំណត់ ចំណុច' };
    const bytes = await renderBriefPdf(report, { lang: 'km' });
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(await pdfText(bytes)).toContain('Fixture regression summary C.');
  });
});
