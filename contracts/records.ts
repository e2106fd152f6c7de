// What the record pages read: a recommendation, a benchmark, a document. Confidential
// evidence appears only in answers to cleared roles; elsewhere `confidential` items are
// left out and `withheld` says how many.
import { z } from 'zod';
import { BENCHMARK_SOURCE_ORIGINS } from './benchmarks.ts';
import { caseCountDefinitionSchema, caseEvidenceSchema } from './cases.ts';
import { PUBLICATION_STATES } from './enums.ts';
import { documentRefSchema } from './search.ts';

export const paragraphSchema = z.object({ ref: z.string(), text: z.string(), ordinal: z.number().int() });
export type Paragraph = z.infer<typeof paragraphSchema>;

export const evidenceSchema = z.object({
  kind: z.string(),
  text: z.string(),
  url: z.string().nullable(),
  document: documentRefSchema.nullable(),
  paragraphRef: z.string().nullable(),
  confidential: z.boolean(),
});
export type Evidence = z.infer<typeof evidenceSchema>;

export const assessmentViewSchema = z.object({
  id: z.string(),
  period: z.object({ id: z.string(), label: z.string(), startsOn: z.string(), endsOn: z.string() }),
  assessor: z.object({ id: z.string(), name: z.string() }),
  scale: z.string(),
  grade: z.string(),
  gradeLabel: z.string(),
  colour: z.string(),
  rank: z.number().int(),
  narrative: z.string(),
  createdAt: z.string(),
  evidence: z.array(evidenceSchema),
  /** Confidential evidence items not shown to this reader. */
  withheld: z.number().int(),
});
export type AssessmentView = z.infer<typeof assessmentViewSchema>;

export const recommendationLinkSchema = z.object({
  id: z.string(),
  ref: z.string(),
  text: z.string(),
  kind: z.string(),
  score: z.number().nullable(),
  document: documentRefSchema,
});

export const benchmarkRefSchema = z.object({ id: z.string(), code: z.string().nullable(), number: z.number().int().nullable(), title: z.string() });
export type BenchmarkRef = z.infer<typeof benchmarkRefSchema>;

export const tagSchema = z.object({ taxonomy: z.string(), code: z.string(), label: z.string(), origin: z.string() });

export const actionViewSchema = z.object({
  id: z.string(),
  title: z.string(),
  status: z.string(),
  institution: z.string(),
  startsOn: z.string().nullable(),
  dueOn: z.string().nullable(),
});

export const indicatorViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.string(),
  unit: z.string().nullable(),
  baseline: z.number().nullable(),
  target: z.number().nullable(),
  /** Set when the values are counted from the case register (counts only, never a person). */
  caseCount: caseCountDefinitionSchema.nullable(),
  values: z.array(z.object({ value: z.number(), observedOn: z.string(), source: z.string() })),
});
export type IndicatorView = z.infer<typeof indicatorViewSchema>;

export const recommendationDetailSchema = z.object({
  id: z.string(),
  ref: z.string(),
  text: z.string(),
  addressee: z.string().nullable(),
  position: z.string().nullable(),
  positionDocument: documentRefSchema.nullable(),
  cluster: z.string().nullable(),
  subTheme: z.string().nullable(),
  session: z.number().int().nullable(),
  cycle: z.number().int().nullable(),
  document: documentRefSchema,
  states: z.array(z.object({ code: z.string(), name: z.string() })),
  tags: z.array(tagSchema),
  /** The paragraph it sits in, with the paragraphs around it. */
  source: z.object({ paragraphRef: z.string(), paragraphs: z.array(paragraphSchema) }).nullable(),
  related: z.array(recommendationLinkSchema),
  benchmarks: z.array(benchmarkRefSchema),
  assignments: z.array(z.object({ institution: z.string(), role: z.string() })),
  actions: z.array(actionViewSchema),
  indicators: z.array(indicatorViewSchema),
  assessments: z.array(assessmentViewSchema),
});
export type RecommendationDetail = z.infer<typeof recommendationDetailSchema>;

export const benchmarkSummarySchema = benchmarkRefSchema.extend({
  monitor: z.object({ id: z.string(), name: z.string() }),
  timeframe: z.string().nullable(),
  sourceCount: z.number().int(),
  latestGrade: z.object({ grade: z.string(), label: z.string(), colour: z.string(), period: z.string() }).nullable(),
});
export type BenchmarkSummary = z.infer<typeof benchmarkSummarySchema>;

export const benchmarkDetailSchema = benchmarkSummarySchema.extend({
  /** `draft` ones are shown to signed-in readers only. */
  state: z.enum(PUBLICATION_STATES),
  /** What a change must send (PATCH /api/benchmarks/{id}). */
  version: z.number().int(),
  /** The monitor's own title and timeframe, shown where no report words them (`title` and `timeframe` are what is shown). */
  ownTitle: z.string().nullable(),
  ownTimeframe: z.string().nullable(),
  wordings: z.array(z.object({ document: documentRefSchema, title: z.string(), timeframe: z.string().nullable(), paragraphRef: z.string().nullable() })),
  sources: z.array(z.object({ id: z.string(), ref: z.string(), text: z.string(), document: documentRefSchema, origin: z.enum(BENCHMARK_SOURCE_ORIGINS) })),
  assessments: z.array(assessmentViewSchema),
  indicators: z.array(indicatorViewSchema),
  /** Cases and trials linked to the benchmark: counts for everyone, the lists for signed-in readers. */
  caseEvidence: caseEvidenceSchema,
});
export type BenchmarkDetail = z.infer<typeof benchmarkDetailSchema>;

export const documentSummarySchema = documentRefSchema.extend({
  kind: z.string(),
  language: z.string().nullable(),
  state: z.string(),
  recommendationCount: z.number().int(),
});
export type DocumentSummary = z.infer<typeof documentSummarySchema>;

export const documentDetailSchema = documentSummarySchema.extend({
  paragraphs: z.array(paragraphSchema),
  recommendations: z.array(z.object({ id: z.string(), ref: z.string(), text: z.string(), paragraphRef: z.string().nullable() })),
});
export type DocumentDetail = z.infer<typeof documentDetailSchema>;
