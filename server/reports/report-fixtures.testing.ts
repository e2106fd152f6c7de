// Report inputs made up for tests (no third-party text): a 20-benchmark scorecard,
// a matrix of any size, a mid-term report and a progress brief.
import type { Grade } from '../../contracts/enums.ts';
import { GRADE_COLOURS, tallyGrades } from '../../contracts/reports.ts';
import type {
  BriefReport,
  MatrixReport,
  MatrixRow,
  MidtermRecommendation,
  ReportScale,
  ScorecardBenchmark,
  ScorecardReport,
  UprMidtermReport,
} from '../../contracts/reports.ts';

export const SR_SCALE: ReportScale = {
  code: 'sr-benchmark',
  grades: [
    { grade: 'on-target', label: 'on target', colour: GRADE_COLOURS['on-target'], definition: 'Fixture definition of the first grade.' },
    { grade: 'variable', label: 'variable', colour: GRADE_COLOURS.variable, definition: 'Fixture definition of the second grade.' },
    { grade: 'off-target', label: 'off target', colour: GRADE_COLOURS['off-target'], definition: 'Fixture definition of the third grade.' },
  ],
};

export const BENCHMARK_CODES = 'ABCDEFGHIJKLMNOPQRST'.split('');

/** The fixture's grade of a benchmark: J, K, N, S, T on target; F, L, R variable; others off target. */
export function fixtureGrade(code: string): Grade {
  if ('JKNST'.includes(code)) return 'on-target';
  if ('FLR'.includes(code)) return 'variable';
  return 'off-target';
}

export function buildScorecard(overrides: Partial<ScorecardReport> = {}): ScorecardReport {
  const benchmarks: ScorecardBenchmark[] = BENCHMARK_CODES.map((code, i) => ({
    number: i + 1,
    code,
    title: `Fixture benchmark ${code} wording`,
    timeframe: i % 2 === 0 ? '2022–2023' : '2022–2030',
    grade: fixtureGrade(code),
    previousGrade: i < 10 ? 'variable' : null,
    assessor: 'Fixture monitor',
    evidence: [{ text: `Evidence in brief for ${code}.`, sources: [`FIX/DOC/${i + 1}, para. ${i + 3}`] }],
  }));
  return {
    periodLabel: '2023',
    previousPeriodLabel: '2022',
    monitorName: 'Fixture monitor',
    scale: SR_SCALE,
    benchmarks,
    totals: tallyGrades(SR_SCALE, benchmarks),
    ...overrides,
  };
}

const THEMES = ['Fixture theme one', 'Fixture theme two', 'Fixture theme three'];

export function buildMatrixRow(i: number): MatrixRow {
  return {
    reference: `118.${i + 1}`,
    recommendation: `Fixture recommendation number ${i + 1}.`,
    recommendingStates: i % 3 === 0 ? ['State Alpha', 'State Beta'] : ['State Gamma'],
    position: i % 5 === 0 ? 'noted' : 'supported',
    positionSource: 'FIX/ADD/1',
    themes: [THEMES[i % 3]!, THEMES[(i + 1) % 3]!],
    sdgs: ['16.3', '5.1'],
    affectedPersons: ['women and girls'],
    responsibleInstitutions: ['Ministry of Fixtures'],
    assessment: i % 4 === 0 ? { scale: 'implementation', grade: 'partially-implemented', periodLabel: '2024', assessor: 'Fixture NMRF', comment: `Comment on ${i + 1}.` } : null,
  };
}

export function buildMatrix(rows: number): MatrixReport {
  return { title: 'Fixture matrix', stateName: 'Fixtureland', rows: Array.from({ length: rows }, (_, i) => buildMatrixRow(i)) };
}

function midtermRecommendation(i: number, clustered: boolean): MidtermRecommendation {
  const row = buildMatrixRow(i);
  return {
    reference: row.reference,
    text: row.recommendation,
    recommendingStates: row.recommendingStates,
    position: row.position,
    positionSource: row.positionSource,
    themes: row.themes,
    cluster: clustered ? `Fixture cluster ${(i % 2) + 1}` : null,
    responsibleInstitutions: row.responsibleInstitutions,
    actions: i % 2 === 0 ? [{ description: `Fixture action ${i + 1}`, institution: 'Ministry of Fixtures', due: '2025-06-30', status: 'ongoing' }] : [],
    indicators: i % 2 === 0 ? [{ name: 'Fixture indicator', value: 38944 + i, unit: 'persons', date: '2024-12-31', source: 'FIX/STAT/1' }] : [],
    latestAssessment: i % 3 === 0 ? { scale: 'implementation', grade: 'implemented', periodLabel: '2024', assessor: 'Fixture NMRF', comment: null } : null,
  };
}

export function buildMidterm(count: number, groupBy: 'theme' | 'cluster' = 'theme'): UprMidtermReport {
  return {
    stateName: 'Fixtureland',
    cycle: 3,
    periodLabel: '2019–2021',
    preparedBy: 'Fixture national mechanism',
    groupBy,
    recommendations: Array.from({ length: count }, (_, i) => midtermRecommendation(i, groupBy === 'cluster')),
  };
}

export function buildBrief(): BriefReport {
  return {
    title: 'Fixture brief two years on',
    periodLabel: '2019–2021',
    author: 'Fixture civil society',
    received: { total: 198, supported: 173, noted: 25 },
    progress: [
      { theme: 'Fixture progress theme A', recommendations: 12, summary: 'Fixture progress summary A.' },
      { theme: 'Fixture progress theme B', recommendations: 1, summary: 'Fixture progress summary B.' },
    ],
    regression: [
      { theme: 'Fixture regression theme C', recommendations: 7, summary: 'Fixture regression summary C.' },
    ],
  };
}
