// Zod schemas of the case and trial requests: bodies, filters and the evaluation date and
// rules of the computed status and flags. Views are in contracts/cases.ts.
import { z } from 'zod';
import { CASE_CATEGORIES, CASE_EVENT_KINDS, CASE_FLAG_KINDS, CASE_SEXES, CASE_STATUSES, VERDICTS } from '../../contracts/cases.ts';
import { isoDate, versionBody } from './tracking.schema.ts';

const text = (max: number) => z.string().max(max);
const longText = z.string().max(1_000_000);
const ids = z.array(z.uuid()).max(500).default([]);

/** The day and rules status and flags are computed for; defaults: today and the configured rules. */
export const evaluationQuery = z.object({
  on: isoDate.optional().describe('Evaluate status and flags on this day (default: today)'),
  pretrialLimitDays: z.coerce.number().int().min(0).max(100_000).optional().describe('Flag pretrial detention longer than this many days'),
  releaseFraction: z.coerce.number().gt(0).max(1).optional().describe('Share of the custodial sentence after which release may be asked for'),
});

const caseFilter = z.object({
  category: z.enum(CASE_CATEGORIES).optional(),
  sex: z.enum(CASE_SEXES).optional(),
  trialId: z.uuid().optional(),
  benchmarkId: z.uuid().optional(),
  recommendationId: z.uuid().optional(),
});
export const caseListQuery = caseFilter.extend(evaluationQuery.shape).extend({ status: z.enum(CASE_STATUSES).optional(), flag: z.enum(CASE_FLAG_KINDS).optional() });
export const caseCountsQuery = caseFilter.extend({ on: isoDate.optional().describe('Count on this day (default: today)') });
export const trialListQuery = z.object({ benchmarkId: z.uuid().optional(), recommendationId: z.uuid().optional(), documentId: z.uuid().optional() });

const caseFields = {
  label: text(200).min(1).describe('Initials or a pseudonym: shown to every reader'),
  identity: text(2000).nullable().describe('Full names: confidential, shown only to cleared roles'),
  personCount: z.number().int().min(1).max(100_000),
  sex: z.enum(CASE_SEXES),
  categories: z.array(z.enum(CASE_CATEGORIES)).max(CASE_CATEGORIES.length),
  trialId: z.uuid().nullable(),
  summary: longText,
};
export const newCaseBody = z.object({
  ...caseFields,
  identity: caseFields.identity.default(null),
  personCount: caseFields.personCount.default(1),
  sex: caseFields.sex.default('unknown'),
  categories: caseFields.categories.default([]),
  trialId: caseFields.trialId.default(null),
  summary: caseFields.summary.default(''),
  benchmarkIds: ids,
  recommendationIds: ids,
});
export const casePatch = versionBody.extend(z.object(caseFields).partial().shape);

export const newCaseEventBody = z.object({
  kind: z.enum(CASE_EVENT_KINDS),
  occurredOn: isoDate,
  verdict: z.enum(VERDICTS).nullable().default(null),
  articles: z.array(text(20).min(1)).max(50).default([]).describe('Criminal Code articles (`494`, `495`)'),
  sentenceMonths: z.number().int().min(0).max(12_000).nullable().default(null),
  suspendedMonths: z.number().int().min(0).max(12_000).nullable().default(null),
  fine: z.number().min(0).nullable().default(null),
  currency: text(10).nullable().default(null),
  note: longText.default(''),
  documentId: z.uuid().nullable().default(null),
  paragraphRef: text(100).nullable().default(null),
  source: text(2000).default('').describe('A citation or URL, when no document and paragraph are given'),
});

export const newTrialBody = z.object({
  title: text(500).min(1),
  court: text(300).nullable().default(null),
  charges: text(5000).default(''),
  articles: z.array(text(20).min(1)).max(50).default([]),
  verdictOn: isoDate.nullable().default(null),
  judgment: longText.default(''),
  defendantCount: z.number().int().min(0).max(100_000).nullable().default(null),
  documentId: z.uuid().nullable().default(null),
  paragraphRef: text(100).nullable().default(null),
  benchmarkIds: ids,
  recommendationIds: ids,
});

export const linksBody = z
  .object({ benchmarkIds: ids, recommendationIds: ids })
  .refine((l) => l.benchmarkIds.length + l.recommendationIds.length > 0, { message: 'give benchmarkIds or recommendationIds to link' });
export const linksView = z.object({ benchmarkIds: z.array(z.string()), recommendationIds: z.array(z.string()) });
