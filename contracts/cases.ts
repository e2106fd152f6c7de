// Cases and trials followed as evidence for the benchmarks (issue 8), browser-safe.
// A case names its people by initials or a pseudonym; the full identity is confidential.

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
