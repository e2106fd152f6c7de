import { describe, expect, it } from 'vitest';
import { GRADES } from '../../contracts/enums.ts';
import { REPORT_LANGS } from '../../contracts/reports.ts';
import type { GradeCount } from '../../contracts/reports.ts';
import { countedGrade, formatDate, formatNumber, reportTexts, totalsLine } from './i18n.ts';
import { docxText, squash } from './read-back.testing.ts';
import { buildScorecard } from './report-fixtures.testing.ts';
import { renderScorecardDocx } from './scorecard.docx.ts';

const TOTALS: GradeCount[] = [
  { grade: 'on-target', count: 5 },
  { grade: 'variable', count: 3 },
  { grade: 'off-target', count: 12 },
];

describe('report fixed texts', () => {
  it('gives every grade a distinct non-empty word in every language', () => {
    for (const lang of REPORT_LANGS) {
      const words = GRADES.map((g) => reportTexts(lang).grade[g]);
      expect(words.every((w) => w.trim().length > 0)).toBe(true);
      expect(new Set(words).size).toBe(GRADES.length);
    }
  });

  it('writes the totals line in each language', () => {
    expect(totalsLine('en', TOTALS)).toBe('5 on target, 3 variable, 12 off target');
    expect(totalsLine('fr', TOTALS)).toBe('5 sur la bonne voie, 3 variables, 12 hors de la trajectoire');
    expect(totalsLine('es', TOTALS)).toBe('5 en la buena dirección, 3 variables, 12 fuera de la trayectoria');
    expect(totalsLine('km', TOTALS)).toBe('5 តាមគោលដៅ 3 ប្រែប្រួល 12 ក្រៅគោលដៅ');
    expect(countedGrade('fr', 'variable', 1)).toBe('1 variable');
    expect(countedGrade('fr', 'variable', 0)).toBe('0 variable');
  });

  it('formats numbers and dates by Intl', () => {
    expect(formatNumber('en', 38944)).toBe('38,944');
    expect(formatNumber('fr', 38944)).toBe('38\u202f944');
    expect(formatNumber('es', 38944)).toBe('38.944');
    expect(formatDate('en', '2023-05-31')).toBe('31 May 2023');
    expect(formatDate('fr', '2023-05-31')).toBe('31 mai 2023');
    expect(formatDate('es', '2023-05-31')).toBe('31 de mayo de 2023');
    expect(formatDate('en', '2022–2023')).toBe('2022–2023');
  });

  it('prints the Khmer fixed texts in a Khmer report', async () => {
    const text = squash(await docxText(await renderScorecardDocx(buildScorecard(), { lang: 'km' })));
    const t = reportTexts('km');
    expect(text).toContain(t.scorecardTitle);
    expect(text).toContain(t.evidence);
    expect(text).toContain('5 តាមគោលដៅ 3 ប្រែប្រួល 12 ក្រៅគោលដៅ');
  });
});
