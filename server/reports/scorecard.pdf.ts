// The benchmark scorecard as PDF, laid out like the DOCX (scorecard.docx.ts).
// Renderers print what they are given: presenters have already removed anything the
// audience may not see (confidential evidence, unpublished grades).
import { gradeColour } from '../../contracts/reports.ts';
import type { RenderOptions, ScorecardBenchmark, ScorecardReport } from '../../contracts/reports.ts';
import { gradeWord, reportTexts, totalsLine } from './i18n.ts';
import { createPdf, finishPdf, pdfHeading, pdfLabelled, pdfParagraph, pdfTable, pdfTitle } from './pdf-layout.ts';
import type { Pdf, PdfCell } from './pdf-layout.ts';
import { benchmarkHeading, evidenceLines, scaleRows } from './scorecard.model.ts';

function gradeCell(report: ScorecardReport, grade: ScorecardBenchmark['grade'], lang: RenderOptions['lang']): PdfCell {
  return { text: gradeWord(lang, grade), strong: true, fill: grade ? gradeColour(report.scale, grade) : undefined };
}

function benchmarkTable(doc: Pdf, report: ScorecardReport, b: ScorecardBenchmark, lang: RenderOptions['lang']): void {
  const t = reportTexts(lang);
  const label = (text: string): PdfCell => ({ text, strong: true, fill: 'D9E2F3' });
  const previousLabel = report.previousPeriodLabel ? `${t.previousGrade} (${report.previousPeriodLabel})` : t.previousGrade;
  const rows: PdfCell[][] = [
    [label(t.wording), { text: b.title }],
    [label(t.timeframe), { text: b.timeframe }],
    [label(t.gradeColumn), gradeCell(report, b.grade, lang)],
    [label(previousLabel), gradeCell(report, b.previousGrade, lang)],
    [label(t.evidence), { text: evidenceLines(b, lang).join('\n') }],
  ];
  if (b.assessor) rows.push([label(t.assessor), { text: b.assessor }]);
  pdfHeading(doc, benchmarkHeading(b, lang), 2);
  pdfTable(doc, null, rows, [0.25, 0.75]);
}

/** Renders the scorecard as PDF bytes. */
export async function renderScorecardPdf(report: ScorecardReport, options: RenderOptions): Promise<Buffer> {
  const t = reportTexts(options.lang);
  const doc = createPdf(options.lang, t.scorecardTitle);
  pdfTitle(doc, `${t.scorecardTitle}: ${report.periodLabel}`);
  pdfLabelled(doc, t.monitor, report.monitorName);
  pdfLabelled(doc, t.period, report.periodLabel);
  pdfHeading(doc, t.scaleHeading);
  pdfTable(
    doc,
    null,
    scaleRows(report.scale, options.lang).map((row) => [{ text: row.word, strong: true, fill: row.colour }, row.definition]),
    [0.25, 0.75],
  );
  pdfHeading(doc, t.benchmark);
  for (const b of report.benchmarks) benchmarkTable(doc, report, b, options.lang);
  pdfHeading(doc, t.totalsHeading);
  pdfParagraph(doc, totalsLine(options.lang, report.totals), true);
  return finishPdf(doc);
}
