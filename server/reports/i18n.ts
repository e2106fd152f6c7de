// Fixed texts of every report in English, French, Spanish and Khmer; numbers and dates
// are formatted by Intl for the report's language.
import type { Grade, Position } from '../../contracts/enums.ts';
import { localeFormats } from '../../contracts/languages.ts';
import type { GradeCount, ReportLang } from '../../contracts/reports.ts';

export interface ReportTexts {
  grade: Record<Grade, string>;
  /** Grade word after a count other than one, where the language inflects it. */
  gradePlural: Partial<Record<Grade, string>>;
  position: Record<Position, string>;
  notAssessed: string;
  none: string;
  total: string;
  period: string;
  monitor: string;
  sources: string;
  // Scorecard
  scorecardTitle: string;
  scaleHeading: string;
  benchmark: string;
  wording: string;
  timeframe: string;
  gradeColumn: string;
  previousGrade: string;
  evidence: string;
  assessor: string;
  totalsHeading: string;
  // UPR mid-term report
  midtermTitle: string;
  cycle: string;
  preparedBy: string;
  summaryHeading: string;
  theme: string;
  cluster: string;
  recommendation: string;
  recommendations: string;
  responsibleInstitutions: string;
  actionsTaken: string;
  indicators: string;
  latestAssessment: string;
  due: string;
  noTheme: string;
  // Thematic matrix (OHCHR layout)
  matrixColumns: {
    recommendation: string;
    recommendingStates: string;
    position: string;
    themes: string;
    sdgs: string;
    affectedPersons: string;
    responsibleInstitutions: string;
    assessment: string;
  };
  positionSource: string;
  // Progress brief
  progressHeading: string;
  regressionHeading: string;
  recommendationCount: (formatted: string, count: number) => string;
  /** Cases and trials as evidence on a scorecard row; numbers already formatted. */
  caseEvidence: (c: { cases: string; persons: string; detained: string; convicted: string; trials: string; defendants: string }) => string;
  /** One trial: date, court, charges, defendants (formatted). */
  trialLine: (date: string, court: string, charges: string, defendants: string) => string;
  receivedLine: (total: string, supported: string, noted: string) => string;
}

const en: ReportTexts = {
  grade: {
    'on-target': 'on target', variable: 'variable', 'off-target': 'off target',
    implemented: 'implemented', 'partially-implemented': 'partially implemented',
    'not-implemented': 'not implemented', progress: 'progress', regression: 'regression',
  },
  gradePlural: {},
  position: { supported: 'supported', noted: 'noted' },
  notAssessed: 'not assessed', none: 'none', total: 'Total', period: 'Period', monitor: 'Monitor',
  sources: 'Sources',
  scorecardTitle: 'Benchmark scorecard', scaleHeading: 'Grading scale', benchmark: 'Benchmark',
  wording: 'Wording', timeframe: 'Timeframe', gradeColumn: 'Grade', previousGrade: 'Previous period',
  evidence: 'Evidence', assessor: 'Assessed by', totalsHeading: 'Totals',
  midtermTitle: 'Voluntary mid-term report on the implementation of the universal periodic review recommendations',
  cycle: 'Cycle', preparedBy: 'Prepared by', summaryHeading: 'Summary by theme and status', theme: 'Theme',
  cluster: 'Cluster', recommendation: 'Recommendation', recommendations: 'Recommendations',
  responsibleInstitutions: 'Responsible institutions', actionsTaken: 'Actions taken', indicators: 'Indicators',
  latestAssessment: 'Latest assessment', due: 'due', noTheme: 'Not classified',
  matrixColumns: {
    recommendation: 'Recommendation', recommendingStates: 'Recommending State(s)', position: 'Position',
    themes: 'Full list of themes', sdgs: 'SDGs', affectedPersons: 'Affected persons',
    responsibleInstitutions: 'Responsible institutions',
    assessment: 'Assessment/comments on level of implementation',
  },
  positionSource: 'Source',
  progressHeading: 'Areas of progress', regressionHeading: 'Areas of regression',
  recommendationCount: (n, count) => `${n} ${count === 1 ? 'recommendation' : 'recommendations'}`,
  caseEvidence: (c) => `Cases followed: ${c.cases} (${c.persons} persons; ${c.detained} detained, ${c.convicted} convicted). Trials: ${c.trials} (${c.defendants} defendants).`,
  trialLine: (date, court, charges, defendants) => `Trial of ${date}, ${court}: ${charges}; ${defendants} defendants`,
  receivedLine: (t, s, n) => `${t} recommendations received: ${s} supported, ${n} noted.`,
};

const fr: ReportTexts = {
  grade: {
    'on-target': 'sur la bonne voie', variable: 'variable', 'off-target': 'hors de la trajectoire',
    implemented: 'mise en œuvre', 'partially-implemented': 'partiellement mise en œuvre',
    'not-implemented': 'non mise en œuvre', progress: 'progrès', regression: 'recul',
  },
  gradePlural: { variable: 'variables', regression: 'reculs' },
  position: { supported: 'acceptée', noted: 'notée' },
  notAssessed: 'non évaluée', none: 'aucun', total: 'Total', period: 'Période', monitor: 'Suivi par',
  sources: 'Sources',
  scorecardTitle: 'Tableau de bord des critères', scaleHeading: 'Échelle d’évaluation', benchmark: 'Critère',
  wording: 'Libellé', timeframe: 'Échéance', gradeColumn: 'Évaluation', previousGrade: 'Période précédente',
  evidence: 'Éléments de preuve', assessor: 'Évalué par', totalsHeading: 'Totaux',
  midtermTitle: 'Rapport volontaire à mi-parcours sur la mise en œuvre des recommandations de l’examen périodique universel',
  cycle: 'Cycle', preparedBy: 'Établi par', summaryHeading: 'Synthèse par thème et par état', theme: 'Thème',
  cluster: 'Groupe thématique', recommendation: 'Recommandation', recommendations: 'Recommandations',
  responsibleInstitutions: 'Institutions responsables', actionsTaken: 'Mesures prises', indicators: 'Indicateurs',
  latestAssessment: 'Dernière évaluation', due: 'échéance', noTheme: 'Non classée',
  matrixColumns: {
    recommendation: 'Recommandation', recommendingStates: 'État(s) auteur(s) de la recommandation',
    position: 'Position', themes: 'Liste complète des thèmes', sdgs: 'ODD', affectedPersons: 'Personnes concernées',
    responsibleInstitutions: 'Institutions responsables',
    assessment: 'Évaluation/commentaires sur le niveau de mise en œuvre',
  },
  positionSource: 'Source',
  progressHeading: 'Domaines de progrès', regressionHeading: 'Domaines de recul',
  recommendationCount: (n, count) => `${n} ${count < 2 ? 'recommandation' : 'recommandations'}`,
  caseEvidence: (c) => `Affaires suivies : ${c.cases} (${c.persons} personnes ; ${c.detained} détenues, ${c.convicted} condamnées). Procès : ${c.trials} (${c.defendants} accusés).`,
  trialLine: (date, court, charges, defendants) => `Procès du ${date}, ${court} : ${charges} ; ${defendants} accusés`,
  receivedLine: (t, s, n) => `${t} recommandations reçues : ${s} acceptées, ${n} notées.`,
};

const es: ReportTexts = {
  grade: {
    'on-target': 'en la buena dirección', variable: 'variable', 'off-target': 'fuera de la trayectoria',
    implemented: 'aplicada', 'partially-implemented': 'parcialmente aplicada', 'not-implemented': 'no aplicada',
    progress: 'progreso', regression: 'retroceso',
  },
  gradePlural: { variable: 'variables', progress: 'progresos', regression: 'retrocesos' },
  position: { supported: 'aceptada', noted: 'anotada' },
  notAssessed: 'no evaluada', none: 'ninguno', total: 'Total', period: 'Período', monitor: 'Seguimiento por',
  sources: 'Fuentes',
  scorecardTitle: 'Cuadro de indicadores de referencia', scaleHeading: 'Escala de evaluación',
  benchmark: 'Indicador de referencia', wording: 'Texto', timeframe: 'Plazo', gradeColumn: 'Calificación',
  previousGrade: 'Período anterior', evidence: 'Pruebas', assessor: 'Evaluado por', totalsHeading: 'Totales',
  midtermTitle: 'Informe voluntario de mitad de período sobre la aplicación de las recomendaciones del examen periódico universal',
  cycle: 'Ciclo', preparedBy: 'Elaborado por', summaryHeading: 'Resumen por tema y estado', theme: 'Tema',
  cluster: 'Grupo temático', recommendation: 'Recomendación', recommendations: 'Recomendaciones',
  responsibleInstitutions: 'Instituciones responsables', actionsTaken: 'Medidas adoptadas', indicators: 'Indicadores',
  latestAssessment: 'Última evaluación', due: 'plazo', noTheme: 'Sin clasificar',
  matrixColumns: {
    recommendation: 'Recomendación', recommendingStates: 'Estado(s) recomendante(s)', position: 'Posición',
    themes: 'Lista completa de temas', sdgs: 'ODS', affectedPersons: 'Personas afectadas',
    responsibleInstitutions: 'Instituciones responsables',
    assessment: 'Evaluación/comentarios sobre el nivel de aplicación',
  },
  positionSource: 'Fuente',
  progressHeading: 'Ámbitos de progreso', regressionHeading: 'Ámbitos de retroceso',
  recommendationCount: (n, count) => `${n} ${count === 1 ? 'recomendación' : 'recomendaciones'}`,
  caseEvidence: (c) => `Casos seguidos: ${c.cases} (${c.persons} personas; ${c.detained} detenidas, ${c.convicted} condenadas). Juicios: ${c.trials} (${c.defendants} acusados).`,
  trialLine: (date, court, charges, defendants) => `Juicio del ${date}, ${court}: ${charges}; ${defendants} acusados`,
  receivedLine: (t, s, n) => `${t} recomendaciones recibidas: ${s} aceptadas, ${n} anotadas.`,
};

const km: ReportTexts = {
  grade: {
    'on-target': 'តាមគោលដៅ', variable: 'ប្រែប្រួល', 'off-target': 'ក្រៅគោលដៅ',
    implemented: 'បានអនុវត្ត', 'partially-implemented': 'បានអនុវត្តដោយផ្នែក', 'not-implemented': 'មិនទាន់អនុវត្ត',
    progress: 'វឌ្ឍនភាព', regression: 'ការថយក្រោយ',
  },
  gradePlural: {},
  position: { supported: 'បានគាំទ្រ', noted: 'បានកត់សម្គាល់' },
  notAssessed: 'មិនទាន់វាយតម្លៃ', none: 'គ្មាន', total: 'សរុប', period: 'រយៈពេល', monitor: 'អ្នកតាមដាន',
  sources: 'ប្រភព',
  scorecardTitle: 'តារាងវាយតម្លៃគោលដៅវាស់វែង', scaleHeading: 'មាត្រដ្ឋានវាយតម្លៃ', benchmark: 'គោលដៅវាស់វែង',
  wording: 'ខ្លឹមសារ', timeframe: 'ក្របខណ្ឌពេលវេលា', gradeColumn: 'កម្រិតវាយតម្លៃ', previousGrade: 'រយៈពេលមុន',
  evidence: 'ភស្តុតាង', assessor: 'វាយតម្លៃដោយ', totalsHeading: 'សរុប',
  midtermTitle: 'របាយការណ៍ពាក់កណ្តាលអាណត្តិស្ម័គ្រចិត្តស្តីពីការអនុវត្តអនុសាសន៍នៃការត្រួតពិនិត្យតាមកាលកំណត់ជាសកល',
  cycle: 'វដ្ត', preparedBy: 'រៀបចំដោយ', summaryHeading: 'សេចក្តីសង្ខេបតាមប្រធានបទ និងស្ថានភាព', theme: 'ប្រធានបទ',
  cluster: 'ក្រុមប្រធានបទ', recommendation: 'អនុសាសន៍', recommendations: 'អនុសាសន៍',
  responsibleInstitutions: 'ស្ថាប័នទទួលខុសត្រូវ', actionsTaken: 'សកម្មភាពដែលបានអនុវត្ត', indicators: 'សូចនាករ',
  latestAssessment: 'ការវាយតម្លៃចុងក្រោយ', due: 'កាលកំណត់', noTheme: 'មិនទាន់ចាត់ថ្នាក់',
  matrixColumns: {
    recommendation: 'អនុសាសន៍', recommendingStates: 'រដ្ឋដែលផ្តល់អនុសាសន៍', position: 'ជំហរ',
    themes: 'បញ្ជីប្រធានបទពេញលេញ', sdgs: 'គោលដៅអភិវឌ្ឍន៍ប្រកបដោយចីរភាព', affectedPersons: 'ជនដែលរងផលប៉ះពាល់',
    responsibleInstitutions: 'ស្ថាប័នទទួលខុសត្រូវ',
    assessment: 'ការវាយតម្លៃ/មតិយោបល់លើកម្រិតនៃការអនុវត្ត',
  },
  positionSource: 'ប្រភព',
  progressHeading: 'វិស័យដែលមានវឌ្ឍនភាព', regressionHeading: 'វិស័យដែលមានការថយក្រោយ',
  recommendationCount: (n) => `អនុសាសន៍ ${n}`,
  caseEvidence: (c) => `សំណុំរឿងដែលតាមដាន៖ ${c.cases} (មនុស្ស ${c.persons} នាក់; ឃុំខ្លួន ${c.detained} នាក់, ផ្តន្ទាទោស ${c.convicted} នាក់)។ ការកាត់ក្តី៖ ${c.trials} (ជនជាប់ចោទ ${c.defendants} នាក់)។`,
  trialLine: (date, court, charges, defendants) => `ការកាត់ក្តីថ្ងៃ ${date}, ${court}៖ ${charges}; ជនជាប់ចោទ ${defendants} នាក់`,
  receivedLine: (t, s, n) => `អនុសាសន៍ដែលបានទទួល ${t}៖ បានគាំទ្រ ${s} បានកត់សម្គាល់ ${n}។`,
};

const TEXTS: Record<ReportLang, ReportTexts> = { en, fr, es, km };

/** The fixed texts of the reports in `lang`. */
export function reportTexts(lang: ReportLang): ReportTexts {
  return TEXTS[lang];
}

/** A number formatted for `lang` (`1,234` in English, `1 234` in French). */
export function formatNumber(lang: ReportLang, value: number): string {
  return localeFormats(lang).number(value);
}

/** An ISO date (`2023-05-31`) as a long date in `lang`; anything else is returned as given. */
export function formatDate(lang: ReportLang, iso: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) ? localeFormats(lang).date(iso) : iso;
}

/** The grade word, or `not assessed` for a missing grade. */
export function gradeWord(lang: ReportLang, grade: Grade | null): string {
  return grade ? TEXTS[lang].grade[grade] : TEXTS[lang].notAssessed;
}

/** A grade word after a count: `3 variable` in English, `3 variables` in French. */
export function countedGrade(lang: ReportLang, grade: Grade, count: number): string {
  const t = TEXTS[lang];
  const word = localeFormats(lang).plural(count) === 'one' ? t.grade[grade] : (t.gradePlural[grade] ?? t.grade[grade]);
  return `${formatNumber(lang, count)} ${word}`;
}

/** The totals line, e.g. `5 on target, 3 variable, 12 off target`. */
export function totalsLine(lang: ReportLang, totals: readonly GradeCount[]): string {
  const separator = lang === 'km' ? ' ' : ', ';
  return totals.map((entry) => countedGrade(lang, entry.grade, entry.count)).join(separator);
}
