import { describe, expect, it } from 'vitest';
import { renderBriefDocx } from './brief.docx.ts';
import { renderBriefPdf } from './brief.pdf.ts';
import { docxText, pdfText, squash } from './read-back.testing.ts';
import { buildBrief } from './report-fixtures.testing.ts';

/** The part of `text` between two headings. */
function between(text: string, from: string, to: string | null): string {
  const start = text.indexOf(from);
  expect(start).toBeGreaterThanOrEqual(0);
  return to === null ? text.slice(start) : text.slice(start, text.indexOf(to, start));
}

function expectAreas(text: string, progress: string, regression: string, count: (n: number) => string): void {
  const progressPart = between(text, progress, regression);
  const regressionPart = between(text, regression, null);
  expect(progressPart).toContain(`Fixture progress theme A (${count(12)})`);
  expect(progressPart).toContain(`Fixture progress theme B (${count(1)})`);
  expect(progressPart).not.toContain('Fixture regression theme C');
  expect(regressionPart).toContain(`Fixture regression theme C (${count(7)})`);
  expect(regressionPart).toContain('Fixture regression summary C.');
}

describe('progress brief', () => {
  const en = (n: number): string => `${n} ${n === 1 ? 'recommendation' : 'recommendations'}`;

  it('lists its themes under progress and regression with counts, as DOCX', async () => {
    const text = squash(await docxText(await renderBriefDocx(buildBrief(), { lang: 'en' })));
    expect(text).toContain('198 recommendations received: 173 supported, 25 noted.');
    expectAreas(text, 'Areas of progress', 'Areas of regression', en);
  });

  it('lists its themes under progress and regression with counts, as PDF', async () => {
    const bytes = await renderBriefPdf(buildBrief(), { lang: 'en' });
    const text = squash(await pdfText(bytes));
    expect(text).toContain('198 recommendations received: 173 supported, 25 noted.');
    expectAreas(text, 'Areas of progress', 'Areas of regression', en);
  });

  it('uses the French fixed texts when lang is fr', async () => {
    const fr = (n: number): string => `${n} ${n < 2 ? 'recommandation' : 'recommandations'}`;
    const docx = squash(await docxText(await renderBriefDocx(buildBrief(), { lang: 'fr' })));
    expectAreas(docx, 'Domaines de progrès', 'Domaines de recul', fr);
    const pdf = squash(await pdfText(await renderBriefPdf(buildBrief(), { lang: 'fr' })));
    expectAreas(pdf, 'Domaines de progrès', 'Domaines de recul', fr);
  });

  it('says so when a section has no theme', async () => {
    const text = squash(await docxText(await renderBriefDocx({ ...buildBrief(), regression: [] }, { lang: 'es' })));
    expect(between(text, 'Ámbitos de retroceso', null)).toContain('ninguno');
  });
});
