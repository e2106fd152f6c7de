// What the DOCX and PDF scorecards print alike, prepared once as plain strings.
import type { ReportLang, ReportScale, ScorecardBenchmark } from '../../contracts/reports.ts';
import { formatNumber, reportTexts } from './i18n.ts';

/** `Benchmark 1 (A)`. */
export function benchmarkHeading(b: ScorecardBenchmark, lang: ReportLang): string {
  return `${reportTexts(lang).benchmark} ${formatNumber(lang, b.number)} (${b.code})`;
}

/** Each evidence item, followed by its sources on a line of its own when it has any. */
export function evidenceLines(b: ScorecardBenchmark, lang: ReportLang): string[] {
  const t = reportTexts(lang);
  if (b.evidence.length === 0) return [t.none];
  return b.evidence.flatMap((item) =>
    item.sources.length > 0 ? [item.text, `${t.sources}: ${item.sources.join('; ')}`] : [item.text],
  );
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
