// Enumerations shared by the server, the CLI and the web app (browser-safe).

export const DOCUMENT_KINDS = [
  'upr-wg-report',
  'ohchr-thematic-list',
  'treaty-body-co',
  'sr-benchmarks',
  'lettered-recommendations',
  'hc-upr-letter',
  'progress-brief',
  'upr-info-csv',
  'uhri-export',
  'generic',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const MECHANISMS = [
  'upr',
  'treaty-body',
  'special-procedure',
  'high-commissioner',
  'secretary-general',
  'national',
  'civil-society',
] as const;
export type Mechanism = (typeof MECHANISMS)[number];

export const TREATY_BODIES = ['CCPR', 'CESCR', 'CRC', 'CEDAW', 'CAT', 'CERD', 'CRPD', 'CED', 'CMW', 'SPT'] as const;

export const POSITIONS = ['supported', 'noted'] as const;
export type Position = (typeof POSITIONS)[number];

export const SCALES = ['sr-benchmark', 'implementation', 'progress'] as const;
export type Scale = (typeof SCALES)[number];

/** Every grade of every scale; `SCALE_GRADES` says which belong to which. */
export const GRADES = [
  'on-target',
  'variable',
  'off-target',
  'implemented',
  'partially-implemented',
  'not-implemented',
  'progress',
  'regression',
] as const;
export type Grade = (typeof GRADES)[number];

export const SCALE_GRADES: Record<Scale, readonly Grade[]> = {
  'sr-benchmark': ['on-target', 'variable', 'off-target'],
  implementation: ['implemented', 'partially-implemented', 'not-implemented'],
  progress: ['progress', 'regression'],
};

export const PUBLICATION_STATES = ['draft', 'published', 'discarded'] as const;
export type PublicationState = (typeof PUBLICATION_STATES)[number];

export const ROLES = ['admin', 'coordinator', 'focal-point', 'contributor', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export const TAG_ORIGINS = ['imported', 'suggested', 'confirmed', 'rejected'] as const;
export type TagOrigin = (typeof TAG_ORIGINS)[number];

export const JOB_STATUSES = ['queued', 'running', 'succeeded', 'failed'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];
