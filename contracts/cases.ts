// Cases and trials followed as evidence for the benchmarks (issue 8), browser-safe.
// A case names its people by initials or a pseudonym; the full identity is confidential.
import { z } from 'zod';

export const CASE_CATEGORIES = [
  'human-rights-defender',
  'journalist',
  'political-activist',
  'trade-unionist',
  'land-environmental-activist',
  'refugee-returnee',
  'other',
] as const;
export type CaseCategory = (typeof CASE_CATEGORIES)[number];

/** `mixed` for a case of several persons of different sexes; counts then go to `mixed`. */
export const CASE_SEXES = ['female', 'male', 'other', 'mixed', 'unknown'] as const;
export type CaseSex = (typeof CASE_SEXES)[number];

export const CASE_EVENT_KINDS = [
  'arrest',
  'summons',
  'charge',
  'pretrial-detention-start',
  'pretrial-detention-end',
  'hearing',
  'verdict',
  'sentence',
  'appeal',
  'release',
  'judicial-supervision',
] as const;
export type CaseEventKind = (typeof CASE_EVENT_KINDS)[number];

export const VERDICTS = ['conviction', 'acquittal', 'in-absentia'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** Where a person stands on a date, computed from the timeline. */
export const CASE_STATUSES = ['at-liberty', 'pretrial-detention', 'serving-sentence', 'held-after-acquittal', 'convicted-at-liberty', 'released'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const CASE_FLAG_KINDS = ['pretrial-over-limit', 'sentence-served-not-released', 'release-eligible'] as const;
export type CaseFlagKind = (typeof CASE_FLAG_KINDS)[number];

/** Days of pretrial detention beyond which a case is flagged, unless configured otherwise. */
export const DEFAULT_PRETRIAL_LIMIT_DAYS = 180;
/** Share of the custodial sentence served after which a detainee may ask for parole or a reduction. */
export const DEFAULT_RELEASE_FRACTION = 2 / 3;

// The views the API answers with. Responses are parsed through them, so a field not
// listed here never leaves the server; `identity` is present only for cleared readers.
export const caseFlagSchema = z.object({ kind: z.enum(CASE_FLAG_KINDS), since: z.string(), days: z.number().int() });
export type CaseFlagView = z.infer<typeof caseFlagSchema>;

export const caseEventSchema = z.object({
  id: z.string(),
  kind: z.enum(CASE_EVENT_KINDS),
  occurredOn: z.string(),
  verdict: z.enum(VERDICTS).nullable(),
  articles: z.array(z.string()),
  sentenceMonths: z.number().int().nullable(),
  suspendedMonths: z.number().int().nullable(),
  fine: z.number().nullable(),
  currency: z.string().nullable(),
  note: z.string(),
  documentId: z.string().nullable(),
  documentSymbol: z.string().nullable(),
  paragraphRef: z.string().nullable(),
  source: z.string(),
});
export type CaseEventView = z.infer<typeof caseEventSchema>;

export const caseSummarySchema = z.object({
  id: z.string(),
  label: z.string(),
  /** Full names: only for roles cleared for confidential material (each read audited). */
  identity: z.string().nullable().optional(),
  /** Whether a confidential identity is on file (readers not cleared see only this). */
  hasIdentity: z.boolean(),
  personCount: z.number().int(),
  sex: z.enum(CASE_SEXES),
  categories: z.array(z.enum(CASE_CATEGORIES)),
  trialId: z.string().nullable(),
  summary: z.string(),
  benchmarkIds: z.array(z.string()),
  recommendationIds: z.array(z.string()),
  /** Evaluated on `on`. */
  on: z.string(),
  status: z.enum(CASE_STATUSES),
  pretrialDays: z.number().int(),
  flags: z.array(caseFlagSchema),
  version: z.number().int(),
});
export type CaseSummary = z.infer<typeof caseSummarySchema>;

export const caseDetailSchema = caseSummarySchema.extend({
  events: z.array(caseEventSchema),
  servedOn: z.string().nullable(),
});
export type CaseDetail = z.infer<typeof caseDetailSchema>;

export const trialSchema = z.object({
  id: z.string(),
  title: z.string(),
  court: z.string().nullable(),
  charges: z.string(),
  articles: z.array(z.string()),
  verdictOn: z.string().nullable(),
  judgment: z.string(),
  defendantCount: z.number().int().nullable(),
  documentId: z.string().nullable(),
  documentSymbol: z.string().nullable(),
  paragraphRef: z.string().nullable(),
  benchmarkIds: z.array(z.string()),
  recommendationIds: z.array(z.string()),
  caseCount: z.number().int(),
  version: z.number().int(),
});
export type TrialView = z.infer<typeof trialSchema>;

export const trialDetailSchema = trialSchema.extend({ cases: z.array(caseSummarySchema) });
export type TrialDetail = z.infer<typeof trialDetailSchema>;

const tallySchema = z.object({ persons: z.number().int(), detained: z.number().int(), convicted: z.number().int(), released: z.number().int() });
export const caseCountsSchema = z.object({
  on: z.string(),
  total: tallySchema,
  rows: z.array(tallySchema.extend({ category: z.string().nullable(), sex: z.enum(CASE_SEXES) })),
});
export type CaseCountsView = z.infer<typeof caseCountsSchema>;

/** What an indicator counted from the case register counts: persons in that state on the date. */
export const CASE_MEASURES = ['detained', 'convicted', 'released'] as const;
export type CaseMeasure = (typeof CASE_MEASURES)[number];

/**
 * An indicator defined as a case count: its values are computed from the cases on a date
 * (persons `measure` on that day, among the cases of `category` and `sex` when given).
 * Counts only: nothing in it names a person.
 */
export const caseCountDefinitionSchema = z.object({
  measure: z.enum(CASE_MEASURES),
  category: z.enum(CASE_CATEGORIES).nullable(),
  sex: z.enum(CASE_SEXES).nullable(),
});
export type CaseCountDefinition = z.infer<typeof caseCountDefinitionSchema>;

/** Cases and trials as evidence on a benchmark: counts for everyone, the lists for signed-in readers. */
export const caseEvidenceSchema = z.object({
  caseCount: z.number().int(),
  personCount: z.number().int(),
  detained: z.number().int(),
  convicted: z.number().int(),
  trialCount: z.number().int(),
  defendantCount: z.number().int(),
  cases: z.array(caseSummarySchema).optional(),
  trials: z.array(trialSchema).optional(),
});
export type CaseEvidence = z.infer<typeof caseEvidenceSchema>;
