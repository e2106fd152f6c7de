// What the DOCX and PDF scorecards print alike, prepared once as plain strings.
import type { ReportLang, ReportScale, ScorecardBenchmark, ScorecardCases } from '../../contracts/reports.ts';
import { formatDate, formatNumber, reportTexts } from './i18n.ts';

/** `Benchmark 1 (A)`. */
export function benchmarkHeading(b: ScorecardBenchmark, lang: ReportLang): string {
  return `${reportTexts(lang).benchmark} ${formatNumber(lang, b.number)} (${b.code})`;
}

/** Each evidence item, followed by its sources on a line of its own when it has any; then the cases and trials linked. */
export function evidenceLines(b: ScorecardBenchmark, lang: ReportLang): string[] {
  const t = reportTexts(lang);
  const lines = b.evidence.flatMap((item) =>
    item.sources.length > 0 ? [item.text, `${t.sources}: ${item.sources.join('; ')}`] : [item.text],
  );
  lines.push(...caseLines(b.cases, lang));
  return lines.length === 0 ? [t.none] : lines;
}

/** The counts of the cases and trials linked, and each trial when the reader is cleared for them. */
function caseLines(cases: ScorecardCases | undefined, lang: ReportLang): string[] {
  if (!cases || (cases.caseCount === 0 && cases.trialCount === 0)) return [];
  const t = reportTexts(lang);
  const n = (v: number) => formatNumber(lang, v);
  const head = t.caseEvidence({ cases: n(cases.caseCount), persons: n(cases.personCount), detained: n(cases.detained), convicted: n(cases.convicted), trials: n(cases.trialCount), defendants: n(cases.defendantCount) });
  const trials = (cases.trials ?? []).map((tr) => {
    const line = t.trialLine(tr.verdictOn ? formatDate(lang, tr.verdictOn) : t.none, tr.court ?? t.none, tr.charges, tr.defendantCount === null ? t.none : n(tr.defendantCount));
    return tr.source ? `${line} (${tr.source})` : line;
  });
  return [head, ...trials];
}

export interface ScaleRow {
  word: string;
  colour: string;
  definition: string;
}

/** The scale's grades with the translated word, and the monitor's own label when it differs. */
export function scaleRows(scale: ReportScale, lang: ReportLang): ScaleRow[] {
  const t = reportTexts(lang);
  return scale.grades.map((g) => {
    const word = t.grade[g.grade];
    const differs = g.label.trim().toLocaleLowerCase() !== word.toLocaleLowerCase();
    return { word: differs ? `${word} (${g.label})` : word, colour: g.colour, definition: g.definition };
  });
}
