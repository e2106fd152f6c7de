// The benchmark scorecard as DOCX: scale definitions, one table per benchmark (grade
// as word and shaded cell, previous grade, evidence with sources), the totals line.
// Renderers print what they are given: presenters have already removed anything the
// audience may not see (confidential evidence, unpublished grades).
import type { Paragraph, Table } from 'docx';
import { gradeColour } from '../../contracts/reports.ts';
import type { RenderOptions, ScorecardBenchmark, ScorecardReport } from '../../contracts/reports.ts';
import { heading, keyValueTable, labelled, packDocx, paragraph, table, title } from './docx-blocks.ts';
import type { CellSpec } from './docx-blocks.ts';
import { gradeWord, reportTexts, totalsLine } from './i18n.ts';
import { benchmarkHeading, evidenceLines, scaleRows } from './scorecard.model.ts';

function gradeCell(report: ScorecardReport, grade: ScorecardBenchmark['grade'], options: RenderOptions): CellSpec {
  return {
    content: gradeWord(options.lang, grade),
    strong: true,
    fill: grade ? gradeColour(report.scale, grade) : undefined,
  };
}

function benchmarkBlock(report: ScorecardReport, b: ScorecardBenchmark, options: RenderOptions): (Paragraph | Table)[] {
  const t = reportTexts(options.lang);
  const previousLabel = report.previousPeriodLabel ? `${t.previousGrade} (${report.previousPeriodLabel})` : t.previousGrade;
  const rows: [string, CellSpec | string | string[]][] = [
    [t.wording, b.title],
    [t.timeframe, b.timeframe],
    [t.gradeColumn, gradeCell(report, b.grade, options)],
    [previousLabel, gradeCell(report, b.previousGrade, options)],
    [t.evidence, evidenceLines(b, options.lang)],
  ];
  if (b.assessor) rows.push([t.assessor, b.assessor]);
  return [heading(benchmarkHeading(b, options.lang), 2), keyValueTable(rows), paragraph('')];
}

/** Renders the scorecard as DOCX bytes. Throws only if the DOCX packer does. */
export async function renderScorecardDocx(report: ScorecardReport, options: RenderOptions): Promise<Buffer> {
  const t = reportTexts(options.lang);
  const children: (Paragraph | Table)[] = [
    title(`${t.scorecardTitle}: ${report.periodLabel}`),
    labelled(t.monitor, report.monitorName),
    labelled(t.period, report.periodLabel),
    heading(t.scaleHeading, 1),
    table(
      null,
      scaleRows(report.scale, options.lang).map((row) => [
        { content: row.word, strong: true, fill: row.colour },
        row.definition,
      ]),
      [25, 75],
    ),
    heading(t.benchmark, 1),
    ...report.benchmarks.flatMap((b) => benchmarkBlock(report, b, options)),
    heading(t.totalsHeading, 1),
    paragraph(totalsLine(options.lang, report.totals), { strong: true }),
  ];
  return packDocx({ lang: options.lang, title: t.scorecardTitle, children });
}
