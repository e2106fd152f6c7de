// What the DOCX and PDF progress briefs print alike.
import type { BriefReport, BriefTheme, ReportLang } from '../../contracts/reports.ts';
import { formatNumber, reportTexts } from './i18n.ts';

export interface BriefSection {
  heading: string;
  themes: BriefTheme[];
}

/** `Areas of progress` then `Areas of regression`, each with its themes in the given order. */
export function briefSections(report: BriefReport, lang: ReportLang): BriefSection[] {
  const t = reportTexts(lang);
  return [
    { heading: t.progressHeading, themes: report.progress },
    { heading: t.regressionHeading, themes: report.regression },
  ];
}

/** `12 recommendations`. */
export function countText(lang: ReportLang, count: number): string {
  return reportTexts(lang).recommendationCount(formatNumber(lang, count), count);
}

/** `Theme (12 recommendations)`. */
export function themeHeading(lang: ReportLang, theme: BriefTheme): string {
  return `${theme.theme} (${countText(lang, theme.recommendations)})`;
}

/** `198 recommendations received: 173 supported, 25 noted.`, or null when unknown. */
export function receivedText(report: BriefReport, lang: ReportLang): string | null {
  if (!report.received) return null;
  const { total, supported, noted } = report.received;
  const n = (value: number): string => formatNumber(lang, value);
  return reportTexts(lang).receivedLine(n(total), n(supported), n(noted));
}
