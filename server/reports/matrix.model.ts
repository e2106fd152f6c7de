// The cells of the thematic matrix as OHCHR lays it out, shared by the XLSX and DOCX
// renderers (and by the mid-term report for the assessment wording).
import type { LatestAssessment, MatrixRow, ReportLang } from '../../contracts/reports.ts';
import { reportTexts } from './i18n.ts';

export const MATRIX_COLUMN_KEYS = [
  'recommendation',
  'recommendingStates',
  'position',
  'themes',
  'sdgs',
  'affectedPersons',
  'responsibleInstitutions',
  'assessment',
] as const;
export type MatrixColumnKey = (typeof MATRIX_COLUMN_KEYS)[number];

/** Relative column widths, in percent; the recommendation and the assessment are the widest. */
export const MATRIX_WIDTHS: Record<MatrixColumnKey, number> = {
  recommendation: 26,
  recommendingStates: 9,
  position: 9,
  themes: 12,
  sdgs: 6,
  affectedPersons: 9,
  responsibleInstitutions: 11,
  assessment: 18,
};

export function matrixHeaders(lang: ReportLang): string[] {
  const columns = reportTexts(lang).matrixColumns;
  return MATRIX_COLUMN_KEYS.map((key) => columns[key]);
}

/** `partially implemented (2024, NMRF): comment`. */
export function assessmentText(lang: ReportLang, assessment: LatestAssessment | null): string {
  if (!assessment) return '';
  const t = reportTexts(lang);
  const head = `${t.grade[assessment.grade]} (${assessment.periodLabel}, ${assessment.assessor})`;
  return assessment.comment ? `${head}: ${assessment.comment}` : head;
}

/** `supported (Source: A/HRC/…/Add.1)`, or empty when the position is unknown. */
export function positionText(lang: ReportLang, row: Pick<MatrixRow, 'position' | 'positionSource'>): string {
  if (!row.position) return '';
  const t = reportTexts(lang);
  const word = t.position[row.position];
  return row.positionSource ? `${word} (${t.positionSource}: ${row.positionSource})` : word;
}

/** One row's cells, in the order of `MATRIX_COLUMN_KEYS`; lists are one item a line. */
export function matrixCells(row: MatrixRow, lang: ReportLang): Record<MatrixColumnKey, string> {
  return {
    recommendation: row.reference ? `${row.reference} ${row.recommendation}` : row.recommendation,
    recommendingStates: row.recommendingStates.join('\n'),
    position: positionText(lang, row),
    themes: row.themes.join('\n'),
    sdgs: row.sdgs.join('\n'),
    affectedPersons: row.affectedPersons.join('\n'),
    responsibleInstitutions: row.responsibleInstitutions.join('\n'),
    assessment: assessmentText(lang, row.assessment),
  };
}
