// Grouping and counting for the UPR mid-term report, apart from its layout.
import { GRADES } from '../../contracts/enums.ts';
import type { Grade } from '../../contracts/enums.ts';
import type { MidtermAction, MidtermIndicator, MidtermRecommendation, ReportLang, UprMidtermReport } from '../../contracts/reports.ts';
import { formatDate, formatNumber, reportTexts } from './i18n.ts';

export interface MidtermGroup {
  name: string;
  recommendations: MidtermRecommendation[];
}

/**
 * Recommendations grouped by cluster, or by primary theme (the first), in the order
 * the groups first appear; those without one go to a final "not classified" group.
 */
export function groupRecommendations(report: UprMidtermReport, lang: ReportLang): MidtermGroup[] {
  const unclassified = reportTexts(lang).noTheme;
  const groups = new Map<string, MidtermRecommendation[]>();
  const orphans: MidtermRecommendation[] = [];
  for (const rec of report.recommendations) {
    const key = report.groupBy === 'cluster' ? rec.cluster : (rec.themes[0] ?? null);
    if (key === null || key === '') {
      orphans.push(rec);
      continue;
    }
    const list = groups.get(key) ?? [];
    list.push(rec);
    groups.set(key, list);
  }
  const result = [...groups].map(([name, recommendations]) => ({ name, recommendations }));
  if (orphans.length > 0) result.push({ name: unclassified, recommendations: orphans });
  return result;
}

export interface SummaryRow {
  name: string;
  total: number;
  supported: number;
  noted: number;
  /** Counts by latest grade, in the order of `SummaryTable.grades`. */
  byGrade: number[];
  notAssessed: number;
}

export interface SummaryTable {
  /** The grades that occur, in the order of `GRADES`. */
  grades: Grade[];
  rows: SummaryRow[];
  total: SummaryRow;
}

function summarise(name: string, recs: MidtermRecommendation[], grades: Grade[]): SummaryRow {
  return {
    name,
    total: recs.length,
    supported: recs.filter((r) => r.position === 'supported').length,
    noted: recs.filter((r) => r.position === 'noted').length,
    byGrade: grades.map((g) => recs.filter((r) => r.latestAssessment?.grade === g).length),
    notAssessed: recs.filter((r) => r.latestAssessment === null).length,
  };
}

/** Counts per group and position and latest grade, with a total row. */
export function summaryTable(report: UprMidtermReport, groups: MidtermGroup[], totalLabel: string): SummaryTable {
  const present = new Set(report.recommendations.flatMap((r) => (r.latestAssessment ? [r.latestAssessment.grade] : [])));
  const grades = GRADES.filter((g) => present.has(g));
  return {
    grades,
    rows: groups.map((g) => summarise(g.name, g.recommendations, grades)),
    total: summarise(totalLabel, report.recommendations, grades),
  };
}

/** `Draft the law, Ministry of Justice, due 30 June 2025 (ongoing)`. */
export function actionText(lang: ReportLang, action: MidtermAction): string {
  const t = reportTexts(lang);
  const details = [action.institution, action.due ? `${t.due} ${formatDate(lang, action.due)}` : null].filter(
    (part): part is string => part !== null && part !== '',
  );
  const head = details.length > 0 ? `${action.description}, ${details.join(', ')}` : action.description;
  return action.status ? `${head} (${action.status})` : head;
}

/** `Prison population: 38,944 persons (31 December 2024; Sources: …)`. */
export function indicatorText(lang: ReportLang, indicator: MidtermIndicator): string {
  const t = reportTexts(lang);
  const value = indicator.value === null ? '–' : `${formatNumber(lang, indicator.value)} ${indicator.unit}`.trim();
  const where = [formatDate(lang, indicator.date), indicator.source ? `${t.sources}: ${indicator.source}` : null]
    .filter((part): part is string => part !== null && part !== '')
    .join('; ');
  return `${indicator.name}: ${value} (${where})`;
}
