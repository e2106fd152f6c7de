// Typed inputs of the report renderers (server/reports/). Plain types, browser-safe.
//
// Renderers print what they are given: confidentiality, publication state and the
// audience are decided before rendering, by the presenters that build these inputs.
import type { Grade, Position, Scale } from './enums.ts';
import { LANGUAGES, type Language } from './languages.ts';

/** Languages of the reports' fixed texts (headings, column names, grade words): every language of Landmark. */
export const REPORT_LANGS = LANGUAGES;
export type ReportLang = Language;

export const REPORT_FORMATS = ['docx', 'pdf', 'xlsx', 'csv', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Formats every list of the API downloads in (`<list>/export?format=`). */
export const LIST_FORMATS = ['csv', 'xlsx', 'json'] as const;
export type ListFormat = (typeof LIST_FORMATS)[number];

/** Options every renderer accepts. */
export interface RenderOptions {
  lang: ReportLang;
}

/** Default shading of each grade, as six hexadecimal digits (no `#`). */
export const GRADE_COLOURS: Record<Grade, string> = {
  'on-target': '4CAF50',
  variable: 'FFC107',
  'off-target': 'E53935',
  implemented: '4CAF50',
  'partially-implemented': 'FFC107',
  'not-implemented': 'E53935',
  progress: '4CAF50',
  regression: 'E53935',
};

export interface ScaleGradeDefinition {
  grade: Grade;
  /** The monitor's own name for the grade; printed beside the translated word when it differs. */
  label: string;
  /** Cell shading, six hexadecimal digits (`4CAF50`). */
  colour: string;
  definition: string;
}

export interface ReportScale {
  code: Scale;
  grades: ScaleGradeDefinition[];
}

export interface EvidenceBrief {
  /** The evidence in brief. */
  text: string;
  /** Cited sources (document symbols, paragraph references, URLs). */
  sources: string[];
}

export interface GradeCount {
  grade: Grade;
  count: number;
}

export interface ScorecardBenchmark {
  number: number;
  code: string;
  title: string;
  timeframe: string;
  grade: Grade | null;
  previousGrade: Grade | null;
  assessor: string | null;
  evidence: EvidenceBrief[];
  /** Cases and trials linked to the benchmark, counted at the period's end; the trials only for cleared readers. */
  cases?: ScorecardCases;
}

export interface ScorecardCases {
  caseCount: number;
  personCount: number;
  detained: number;
  convicted: number;
  trialCount: number;
  defendantCount: number;
  trials?: { verdictOn: string | null; court: string | null; charges: string; defendantCount: number | null; source: string | null }[];
}

export interface ScorecardReport {
  periodLabel: string;
  previousPeriodLabel: string | null;
  monitorName: string;
  scale: ReportScale;
  benchmarks: ScorecardBenchmark[];
  /** In the order to print them (the scale's order), zero counts included. */
  totals: GradeCount[];
}

export interface MidtermAction {
  description: string;
  institution: string | null;
  /** ISO date (`2024-12-31`) or null. */
  due: string | null;
  status: string | null;
}

export interface MidtermIndicator {
  name: string;
  value: number | null;
  unit: string;
  /** ISO date of the measurement. */
  date: string;
  source: string;
}

export interface LatestAssessment {
  scale: Scale;
  grade: Grade;
  periodLabel: string;
  assessor: string;
  comment: string | null;
}

export interface MidtermRecommendation {
  /** Paragraph reference in the source document (`110.12`). */
  reference: string;
  text: string;
  recommendingStates: string[];
  position: Position | null;
  positionSource: string | null;
  /** The first is the primary theme, under which the recommendation is grouped. */
  themes: string[];
  cluster: string | null;
  responsibleInstitutions: string[];
  actions: MidtermAction[];
  indicators: MidtermIndicator[];
  latestAssessment: LatestAssessment | null;
}

export interface UprMidtermReport {
  stateName: string;
  cycle: number;
  periodLabel: string;
  preparedBy: string;
  /** `cluster` groups by `recommendation.cluster`, `theme` by the primary theme. */
  groupBy: 'theme' | 'cluster';
  recommendations: MidtermRecommendation[];
}

export interface MatrixRow {
  reference: string;
  recommendation: string;
  recommendingStates: string[];
  position: Position | null;
  positionSource: string | null;
  themes: string[];
  sdgs: string[];
  affectedPersons: string[];
  responsibleInstitutions: string[];
  assessment: LatestAssessment | null;
}

export interface MatrixReport {
  title: string;
  stateName: string;
  rows: MatrixRow[];
}

export interface BriefTheme {
  theme: string;
  /** Number of recommendations on this theme. */
  recommendations: number;
  summary: string;
}

export interface BriefReport {
  title: string;
  periodLabel: string;
  author: string;
  /** Recommendations received in the cycle and their positions, when known. */
  received: { total: number; supported: number; noted: number } | null;
  progress: BriefTheme[];
  regression: BriefTheme[];
}

/** The shading of `grade` on `scale`, falling back to the default colours. */
export function gradeColour(scale: ReportScale | null, grade: Grade): string {
  return scale?.grades.find((g) => g.grade === grade)?.colour ?? GRADE_COLOURS[grade];
}

/** Counts of each grade of the scale among `graded`, in the scale's order, zeros kept. */
export function tallyGrades(scale: ReportScale, graded: readonly { grade: Grade | null }[]): GradeCount[] {
  return scale.grades.map((g) => ({ grade: g.grade, count: graded.filter((b) => b.grade === g.grade).length }));
}
