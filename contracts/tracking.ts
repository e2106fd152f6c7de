// Enumerations of the follow-up work (browser-safe): organisations, assignments, actions,
// indicators, assessments, calls for input.

export const ORGANISATION_KINDS = ['government', 'nhri', 'civil-society', 'un', 'special-procedure', 'treaty-body', 'other'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const ASSIGNABLE_ITEMS = ['recommendation', 'benchmark', 'cluster'] as const;
export type AssignableItem = (typeof ASSIGNABLE_ITEMS)[number];

export const ASSIGNMENT_ROLES = ['lead', 'supporting'] as const;
export type AssignmentRole = (typeof ASSIGNMENT_ROLES)[number];

export const ACTION_STATUSES = ['planned', 'in-progress', 'completed'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const INDICATOR_KINDS = ['structural', 'process', 'outcome'] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

/** Where an indicator's value comes from: entered by hand, or computed from the case register. */
export const INDICATOR_VALUE_SOURCES = ['entered', 'case-register'] as const;
export type IndicatorValueSource = (typeof INDICATOR_VALUE_SOURCES)[number];

export const ASSESSABLE_ITEMS = ['recommendation', 'benchmark', 'cluster', 'theme'] as const;
export type AssessableItem = (typeof ASSESSABLE_ITEMS)[number];

export const ASSESSMENT_STATES = ['pending', 'published', 'rejected'] as const;
export type AssessmentState = (typeof ASSESSMENT_STATES)[number];

export const EVIDENCE_KINDS = ['paragraph', 'url', 'text', 'submission'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export const SUBMISSION_STATES = ['pending', 'approved', 'rejected'] as const;
export type SubmissionState = (typeof SUBMISSION_STATES)[number];

export const MODERATION_DECISIONS = ['approve', 'reject'] as const;
export type ModerationDecision = (typeof MODERATION_DECISIONS)[number];

/** Evidence text and submissions are capped at 1 MB (UTF-8 bytes). */
export const MAX_EVIDENCE_BYTES = 1024 * 1024;

/** An action is due soon within this many days of its due date. */
export const DUE_SOON_DAYS = 30;
