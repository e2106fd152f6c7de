// The voluntary UPR mid-term report as DOCX: a summary table by theme (or cluster) and
// status, then each recommendation of the cycle with its recommending States, position,
// responsible institutions, actions taken, indicators and latest assessment.
// Renderers print what they are given: presenters decide what the audience may see.
import type { Paragraph, Table } from 'docx';
import { gradeColour } from '../../contracts/reports.ts';
import type { MidtermRecommendation, RenderOptions, UprMidtermReport } from '../../contracts/reports.ts';
import { heading, keyValueTable, labelled, packDocx, paragraph, table, title } from './docx-blocks.ts';
import type { CellSpec } from './docx-blocks.ts';
import { formatNumber, reportTexts } from './i18n.ts';
import { assessmentText, positionText } from './matrix.model.ts';
import { actionText, groupRecommendations, indicatorText, summaryTable } from './upr-midterm.model.ts';
import type { SummaryRow } from './upr-midterm.model.ts';

function summaryBlock(report: UprMidtermReport, options: RenderOptions): Table {
  const lang = options.lang;
  const t = reportTexts(lang);
  const summary = summaryTable(report, groupRecommendations(report, lang), t.total);
  const headers = [
    report.groupBy === 'cluster' ? t.cluster : t.theme,
    t.recommendations,
    t.position.supported,
    t.position.noted,
    ...summary.grades.map((g) => t.grade[g]),
    t.notAssessed,
  ];
  const n = (value: number): string => formatNumber(lang, value);
  const line = (row: SummaryRow, strong: boolean): CellSpec[] =>
    [row.name, n(row.total), n(row.supported), n(row.noted), ...row.byGrade.map(n), n(row.notAssessed)].map(
      (content) => ({ content, strong }),
    );
  const rest = headers.length - 1;
  const widths = [100 - rest * Math.min(10, 60 / rest), ...Array.from({ length: rest }, () => Math.min(10, 60 / rest))];
  return table(headers, [...summary.rows.map((row) => line(row, false)), line(summary.total, true)], widths);
}

function recommendationBlock(rec: MidtermRecommendation, options: RenderOptions): (Paragraph | Table)[] {
  const lang = options.lang;
  const t = reportTexts(lang);
  const assessment = rec.latestAssessment;
  const orNone = (lines: string[]): string[] => (lines.length > 0 ? lines : [t.none]);
  const rows: [string, CellSpec | string | string[]][] = [
    [t.recommendation, rec.text],
    [t.matrixColumns.recommendingStates, orNone(rec.recommendingStates)],
    [t.matrixColumns.position, positionText(lang, rec) || t.none],
    [t.responsibleInstitutions, orNone(rec.responsibleInstitutions)],
    [t.actionsTaken, orNone(rec.actions.map((a) => actionText(lang, a)))],
    [t.indicators, orNone(rec.indicators.map((i) => indicatorText(lang, i)))],
    [
      t.latestAssessment,
      assessment
        ? { content: assessmentText(lang, assessment), fill: gradeColour(null, assessment.grade) }
        : t.notAssessed,
    ],
  ];
  return [heading(rec.reference, 3), keyValueTable(rows), paragraph('')];
}

/** Renders the mid-term report as DOCX bytes. */
export async function renderUprMidtermDocx(report: UprMidtermReport, options: RenderOptions): Promise<Buffer> {
  const lang = options.lang;
  const t = reportTexts(lang);
  const children: (Paragraph | Table)[] = [
    title(t.midtermTitle),
    paragraph(report.stateName, { strong: true }),
    labelled(t.cycle, formatNumber(lang, report.cycle)),
    labelled(t.period, report.periodLabel),
    labelled(t.preparedBy, report.preparedBy),
    heading(t.summaryHeading, 1),
    summaryBlock(report, options),
  ];
  for (const group of groupRecommendations(report, lang)) {
    children.push(heading(group.name, 1));
    for (const rec of group.recommendations) children.push(...recommendationBlock(rec, options));
  }
  return packDocx({ lang, title: t.midtermTitle, children });
}
