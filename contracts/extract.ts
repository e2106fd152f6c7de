// The JSON contract of `landmark extract --json` (issue 3). Other tools read it: keep
// existing fields stable, add new ones as optional.
import { z } from 'zod';
import { DOCUMENT_KINDS, GRADES, POSITIONS, SCALES } from './enums.ts';

export const citedSourceSchema = z.object({
  /** UN document symbol as printed, e.g. `CCPR/C/KHM/CO/3`. */
  symbol: z.string(),
  /** Paragraph number as printed, e.g. `35`; null when the citation names no paragraph. */
  paragraph: z.string().nullable(),
  /** The cited text as the citing document quotes it just before the citation, when it does. */
  quote: z.string().optional(),
});
export type CitedSource = z.infer<typeof citedSourceSchema>;

export const extractedParagraphSchema = z.object({
  /** The paragraph's number or label as printed (`35`, `118.1`, `63 (a)`, `annex I`). */
  ref: z.string(),
  text: z.string(),
  /** 1-based page for paginated formats, line for text, row for tables. */
  page: z.number().int().nullable().optional(),
  line: z.number().int().nullable().optional(),
});
export type ExtractedParagraph = z.infer<typeof extractedParagraphSchema>;

export const extractedRecommendationSchema = z.object({
  /** Number as printed: `118.1`, `63 (a)`, `B.3`. */
  ref: z.string(),
  /** The recommendation alone, without its number or recommending States. */
  text: z.string(),
  /** Ref of the paragraph it sits in (provenance). */
  paragraph: z.string().nullable(),
  /** ISO 3166-1 alpha-3 codes. */
  recommendingStates: z.array(z.string()),
  position: z.enum(POSITIONS).nullable(),
  /** Who it is addressed to: `Government`, `civil society`, `United Nations`… */
  addressee: z.string().nullable(),
  themes: z.array(z.string()),
  /** Cluster heading (UHRI cluster in the High Commissioner's annex). */
  cluster: z.string().nullable(),
  /** Where the recommendation was first made, when this document quotes it. */
  source: citedSourceSchema.nullable(),
  /** State under review (ISO3) when the document covers several (UPR Info export). */
  country: z.string().nullable().optional(),
  /** UPR session number when known. */
  session: z.number().int().nullable().optional(),
  /** Sub-theme heading under the cluster. */
  subTheme: z.string().nullable().optional(),
  /** Recommending States as printed, before resolution (for review). */
  statesAsPrinted: z.array(z.string()).optional(),
  /** Affected persons or groups of persons, as the source names them (UHRI export). */
  affectedPersons: z.array(z.string()).optional(),
  /** SDG goals (`16`) and targets (`16.3`) the source links it to (UHRI export). */
  sdgs: z.array(z.string()).optional(),
});
export type ExtractedRecommendation = z.infer<typeof extractedRecommendationSchema>;

export const extractedBenchmarkSchema = z.object({
  number: z.number().int().nullable(),
  code: z.string().nullable(),
  title: z.string(),
  timeframe: z.string().nullable(),
  sources: z.array(citedSourceSchema),
  /** Ref of the paragraph or annex row the wording comes from. */
  paragraph: z.string().nullable().optional(),
});
export type ExtractedBenchmark = z.infer<typeof extractedBenchmarkSchema>;

export const extractedAssessmentSchema = z.object({
  /** Benchmark code (`F`) when the grade is on a benchmark. */
  benchmark: z.string().nullable(),
  /** Theme when the grade is on a theme (progress brief). */
  theme: z.string().nullable(),
  grade: z.enum(GRADES),
  scale: z.enum(SCALES),
  /** Period label, e.g. `2022-2023`. */
  period: z.string().nullable(),
  periodStart: z.string().nullable().optional(),
  periodEnd: z.string().nullable().optional(),
  /** Refs of the paragraphs that support the grade. */
  evidence: z.array(z.string()),
  /** Number of recommendations concerned, when the document gives it. */
  count: z.number().int().nullable().optional(),
});
export type ExtractedAssessment = z.infer<typeof extractedAssessmentSchema>;

export const extractedFactSchema = z.object({
  label: z.string(),
  value: z.number(),
  unit: z.string().nullable(),
  paragraph: z.string().nullable(),
  /** ISO date or year the value refers to, when stated. */
  date: z.string().nullable().optional(),
});
export type ExtractedFact = z.infer<typeof extractedFactSchema>;

export const extractedTrialSchema = z.object({
  /** The trial's heading as printed (`Trial of nine former leaders of …`), when the table gives one. */
  title: z.string().nullable(),
  /** The court, when the table's caption or heading names it. */
  court: z.string().nullable(),
  /** ISO date of the verdict. */
  verdictDate: z.string().nullable(),
  /** The charges as printed. */
  charges: z.string(),
  /** Criminal Code articles cited in the charges or the judgment, as printed (`494`). */
  articles: z.array(z.string()),
  /** The judgment as printed. */
  judgment: z.string(),
  /** Number of defendants, when the heading or judgment states it. */
  defendants: z.number().int().nullable(),
  /** Whether the judgment says some defendants were tried in absentia. */
  inAbsentia: z.boolean(),
  /** Ref of the annex row it comes from (`annex III, trial 2`). */
  paragraph: z.string(),
  /** Codes of the benchmarks whose sections refer to the annex the trial is listed in. */
  benchmarks: z.array(z.string()),
});
export type ExtractedTrial = z.infer<typeof extractedTrialSchema>;

export const extractedDocumentSchema = z.object({
  symbol: z.string().nullable(),
  kind: z.enum(DOCUMENT_KINDS),
  title: z.string().nullable(),
  /** ISO date (YYYY-MM-DD) when known. */
  date: z.string().nullable(),
  /** ISO3 of the country concerned; null when several. */
  country: z.string().nullable(),
  mechanism: z.string().nullable().optional(),
  /** Treaty body or mandate (`CCPR`, `SR Cambodia`), UPR cycle/session. */
  body: z.string().nullable().optional(),
  cycle: z.number().int().nullable().optional(),
  session: z.number().int().nullable().optional(),
  language: z.string().nullable().optional(),
});
export type ExtractedDocument = z.infer<typeof extractedDocumentSchema>;

export const extractResultSchema = z.object({
  document: extractedDocumentSchema,
  recommendations: z.array(extractedRecommendationSchema),
  benchmarks: z.array(extractedBenchmarkSchema),
  assessments: z.array(extractedAssessmentSchema),
  facts: z.array(extractedFactSchema),
  paragraphs: z.array(extractedParagraphSchema).optional(),
  /** Trials a document lists (a table of verdicts, charges and judgments). */
  trials: z.array(extractedTrialSchema).optional(),
  /** Problems that did not stop extraction (a State name not resolved, a skipped row). */
  warnings: z.array(z.string()).optional(),
});
export type ExtractResult = z.infer<typeof extractResultSchema>;
