// Zod schemas of the follow-up resources: request bodies and the views responses carry.
// Responses are parsed through them, so a field not listed here never leaves the server.
import { z } from 'zod';
import { caseCountDefinitionSchema } from '../../contracts/cases.ts';
import { ROLES } from '../../contracts/enums.ts';
import { LANGUAGES } from '../../contracts/languages.ts';
import {
  ACTION_STATUSES,
  ASSESSABLE_ITEMS,
  ASSESSMENT_STATES,
  ASSIGNABLE_ITEMS,
  ASSIGNMENT_ROLES,
  EVIDENCE_KINDS,
  INDICATOR_KINDS,
  INDICATOR_VALUE_SOURCES,
  MODERATION_DECISIONS,
  ORGANISATION_KINDS,
  SUBMISSION_STATES,
} from '../../contracts/tracking.ts';

export const idParams = z.object({ id: z.uuid() });
export const isoDate = z.iso.date();
const text = (max: number) => z.string().max(max);
/** Long text fields: the services refuse more than 1 MB with a message naming the field. */
const longText = z.string().max(1_200_000);

export const versionBody = z.object({ version: z.number().int().min(1) });
export const moderationBody = z.object({ decision: z.enum(MODERATION_DECISIONS) });

export const userView = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  organisationId: z.string().nullable(),
  institutionId: z.string().nullable(),
  language: z.enum(LANGUAGES),
  disabled: z.boolean(),
  version: z.number(),
});
const affiliation = {
  organisationName: text(300).optional().describe('An organisation by name, created when unknown (instead of organisationId)'),
  institutionName: text(300).optional().describe('An institution by name, created when unknown (instead of institutionId)'),
};
export const newUserBody = z.object({
  email: text(320),
  name: text(200).optional(),
  role: z.enum(ROLES),
  password: text(1024).optional().describe('The initial password (at least 10 characters); leave it out to mail the user a one-time link, valid 7 days, to choose their own (needs SMTP_URL)'),
  organisationId: z.uuid().optional(),
  institutionId: z.uuid().optional(),
  ...affiliation,
  language: z.enum(LANGUAGES).optional().describe('The language of the interface and of reminder mails (default en)'),
});
export const userPatch = versionBody.extend({
  name: text(200).optional(),
  role: z.enum(ROLES).optional(),
  organisationId: z.uuid().nullable().optional().describe('An existing organisation, or null for none'),
  institutionId: z.uuid().nullable().optional().describe('An existing institution, or null for none'),
  ...affiliation,
  language: z.enum(LANGUAGES).optional(),
  disabled: z.boolean().optional().describe('true: the account can no longer sign in, its sessions end and its unused reset codes are void'),
});

export const organisationView = z.object({ id: z.string(), name: z.string(), kind: z.enum(ORGANISATION_KINDS), trusted: z.boolean(), version: z.number() });
export const newOrganisationBody = z.object({ name: text(300).min(1), kind: z.enum(ORGANISATION_KINDS).default('other'), trusted: z.boolean().default(false) });
export const organisationPatch = versionBody.extend({ name: text(300).min(1).optional(), kind: z.enum(ORGANISATION_KINDS).optional(), trusted: z.boolean().optional() });

export const institutionView = z.object({ id: z.string(), name: z.string(), acronym: z.string().nullable(), kind: z.string(), parentId: z.string().nullable(), version: z.number() });
export const newInstitutionBody = z.object({ name: text(300).min(1), acronym: text(50).nullable().default(null), kind: text(50).default('ministry'), parentId: z.uuid().nullable().default(null) });

export const assignmentView = z.object({
  id: z.string(),
  itemType: z.enum(ASSIGNABLE_ITEMS),
  recommendationId: z.string().nullable(),
  benchmarkId: z.string().nullable(),
  itemKey: z.string().nullable(),
  institutionId: z.string(),
  role: z.enum(ASSIGNMENT_ROLES),
  version: z.number(),
});
export const newAssignmentBody = z.object({ itemType: z.enum(ASSIGNABLE_ITEMS), itemId: text(300).min(1), institutionId: z.uuid(), role: z.enum(ASSIGNMENT_ROLES) });

export const actionView = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  institutionId: z.string(),
  startsOn: z.string().nullable(),
  dueOn: z.string().nullable(),
  status: z.enum(ACTION_STATUSES),
  budget: z.number().nullable(),
  currency: z.string().nullable(),
  recommendationIds: z.array(z.string()),
  version: z.number(),
  updatedAt: z.string(),
  overdue: z.boolean(),
  dueSoon: z.boolean(),
});
const actionFields = {
  title: text(500).min(1),
  description: longText,
  institutionId: z.uuid(),
  startsOn: isoDate.nullable(),
  dueOn: isoDate.nullable(),
  status: z.enum(ACTION_STATUSES),
  budget: z.number().nonnegative().nullable(),
  currency: text(3).nullable(),
  recommendationIds: z.array(z.uuid()).max(500),
};
export const newActionBody = z.object({
  ...actionFields,
  description: actionFields.description.default(''),
  startsOn: actionFields.startsOn.default(null),
  dueOn: actionFields.dueOn.default(null),
  status: actionFields.status.default('planned'),
  budget: actionFields.budget.default(null),
  currency: actionFields.currency.default(null),
  recommendationIds: actionFields.recommendationIds.default([]),
});
export const actionPatch = versionBody.extend(z.object(actionFields).partial().shape);

const indicatorValue = z.object({
  id: z.string(),
  value: z.number(),
  observedOn: z.string(),
  sourceText: z.string(),
  sourceKind: z.enum(INDICATOR_VALUE_SOURCES).describe('`case-register` when computed from the cases'),
  documentId: z.string().nullable(),
  paragraphRef: z.string().nullable(),
});
export const indicatorValueView = indicatorValue;
export const indicatorView = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(INDICATOR_KINDS),
  unit: z.string().nullable(),
  baseline: z.number().nullable(),
  baselineOn: z.string().nullable(),
  target: z.number().nullable(),
  targetOn: z.string().nullable(),
  description: z.string(),
  caseCount: caseCountDefinitionSchema.nullable(),
  benchmarkIds: z.array(z.string()),
  recommendationIds: z.array(z.string()),
  values: z.array(indicatorValue),
  version: z.number(),
});
const indicatorFields = {
  name: text(500).min(1),
  kind: z.enum(INDICATOR_KINDS),
  unit: text(100).nullable(),
  baseline: z.number().nullable(),
  baselineOn: isoDate.nullable(),
  target: z.number().nullable(),
  targetOn: isoDate.nullable(),
  description: longText,
  caseCount: caseCountDefinitionSchema.nullable().describe('Define the indicator as a count of persons from the case register; its values are then computed at a date (POST /api/indicators/{id}/values/from-cases)'),
  benchmarkIds: z.array(z.uuid()).max(500),
  recommendationIds: z.array(z.uuid()).max(500),
};
export const newIndicatorBody = z.object({
  ...indicatorFields,
  unit: indicatorFields.unit.default(null),
  baseline: indicatorFields.baseline.default(null),
  baselineOn: indicatorFields.baselineOn.default(null),
  target: indicatorFields.target.default(null),
  targetOn: indicatorFields.targetOn.default(null),
  description: indicatorFields.description.default(''),
  caseCount: indicatorFields.caseCount.default(null),
  benchmarkIds: indicatorFields.benchmarkIds.default([]),
  recommendationIds: indicatorFields.recommendationIds.default([]),
});
export const indicatorPatch = versionBody.extend(z.object(indicatorFields).partial().shape);
export const newIndicatorValueBody = z.object({
  value: z.number(),
  observedOn: isoDate,
  sourceText: longText.default(''),
  documentId: z.uuid().nullable().default(null),
  paragraphRef: text(50).nullable().default(null),
});
export const computedIndicatorValueBody = z.object({ on: isoDate.describe('Count the persons on this day') });

export const periodView = z.object({ id: z.string(), monitorId: z.string(), monitorName: z.string(), label: z.string(), startsOn: z.string(), endsOn: z.string() });
export const newPeriodBody = z.object({ label: text(100).min(1), startsOn: isoDate, endsOn: isoDate, monitorId: z.uuid().optional(), monitorName: text(300).optional() });

export const evidenceView = z.object({
  id: z.string(),
  kind: z.enum(EVIDENCE_KINDS),
  text: z.string(),
  url: z.string().nullable(),
  documentId: z.string().nullable(),
  paragraphRef: z.string().nullable(),
  submissionId: z.string().nullable(),
  confidential: z.boolean(),
});
export const assessmentView = z.object({
  id: z.string(),
  itemType: z.enum(ASSESSABLE_ITEMS),
  recommendationId: z.string().nullable(),
  benchmarkId: z.string().nullable(),
  itemKey: z.string().nullable(),
  periodId: z.string(),
  periodLabel: z.string(),
  periodStartsOn: z.string(),
  assessorId: z.string(),
  assessorName: z.string(),
  scale: z.string(),
  grade: z.string(),
  gradeLabel: z.string(),
  gradeRank: z.number(),
  narrative: z.string(),
  state: z.enum(ASSESSMENT_STATES),
  supersedesId: z.string().nullable(),
  createdAt: z.string(),
  evidence: z.array(evidenceView),
});
export const assessmentDetailView = assessmentView.extend({ history: z.array(assessmentView), supersededBy: z.string().nullable() });
export const newAssessmentBody = z.object({
  itemType: z.enum(ASSESSABLE_ITEMS),
  itemId: text(300).min(1),
  periodId: z.uuid().optional(),
  periodLabel: text(100).optional(),
  assessorId: z.uuid().optional(),
  assessorName: text(300).optional(),
  scale: text(50).optional(),
  grade: text(50),
  narrative: longText.optional(),
  evidence: z
    .array(
      z.object({
        kind: z.enum(EVIDENCE_KINDS),
        text: longText.optional(),
        url: z.url().max(2000).optional(),
        documentId: z.uuid().optional(),
        paragraphRef: text(50).optional(),
        submissionId: z.uuid().optional(),
        confidential: z.boolean().optional(),
      }),
    )
    .max(50)
    .optional(),
  supersedesId: z.uuid().optional(),
});
export const gridView = z.object({
  periods: z.array(
    z.object({
      periodId: z.string(),
      label: z.string(),
      startsOn: z.string(),
      grades: z.array(
        z.object({
          assessmentId: z.string(),
          assessorId: z.string(),
          assessorName: z.string(),
          scale: z.string(),
          grade: z.string(),
          gradeLabel: z.string(),
          rank: z.number(),
          state: z.enum(ASSESSMENT_STATES),
          narrative: z.string(),
        }),
      ),
    }),
  ),
  trend: z.array(z.object({ assessorId: z.string(), assessorName: z.string(), points: z.array(z.object({ periodId: z.string(), label: z.string(), grade: z.string(), rank: z.number() })) })),
});

export const callView = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  deadline: z.string(),
  status: z.enum(['open', 'closed']),
  benchmarkIds: z.array(z.string()),
  version: z.number(),
});
export const newCallBody = z.object({ title: text(500).min(1), description: longText.default(''), deadline: z.iso.datetime({ offset: true }), benchmarkIds: z.array(z.uuid()).max(500).default([]) });
export const submissionView = z.object({
  id: z.string(),
  callId: z.string(),
  organisationId: z.string().nullable(),
  submitterName: z.string().nullable(),
  submitterEmail: z.string().nullable(),
  identityConfidential: z.boolean(),
  text: z.string(),
  state: z.enum(SUBMISSION_STATES),
  createdAt: z.string(),
});
export const newSubmissionBody = z.object({ name: text(300).optional(), email: text(320).optional(), text: longText, identityConfidential: z.boolean().optional() });

export const auditEventView = z.object({
  id: z.number(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorLabel: z.string(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
});
