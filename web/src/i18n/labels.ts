// Codes the API returns (mechanism, position, change, status, role) and reminders → interface strings.
import type { Role } from '../../../contracts/enums.ts';
import { localeFormats, type Language } from '../../../contracts/languages.ts';
import { notificationMessage, type NotificationSubject } from '../../../contracts/notifications.ts';
import type { MessageKey } from './en.ts';
import type { Translate } from './language.context.tsx';

const MECHANISMS: Record<string, MessageKey> = {
  upr: 'mechanismUpr',
  'treaty-body': 'mechanismTreatyBody',
  'special-procedure': 'mechanismSpecialProcedure',
  'high-commissioner': 'mechanismHighCommissioner',
  'secretary-general': 'mechanismSecretaryGeneral',
  national: 'mechanismNational',
  'civil-society': 'mechanismCivilSociety',
  none: 'notStated',
};

const CODES: Record<string, MessageKey> = {
  supported: 'positionSupported',
  noted: 'positionNoted',
  improved: 'changeImproved',
  worsened: 'changeWorsened',
  same: 'changeSame',
  first: 'changeFirst',
  planned: 'statusPlanned',
  'in-progress': 'statusInProgress',
  completed: 'statusCompleted',
  lead: 'roleLead',
  supporting: 'roleSupporting',
  'on-target': 'gradeOnTarget',
  variable: 'gradeVariable',
  'off-target': 'gradeOffTarget',
  implemented: 'gradeImplemented',
  'partially-implemented': 'gradePartiallyImplemented',
  'not-implemented': 'gradeNotImplemented',
  progress: 'gradeProgress',
  regression: 'gradeRegression',
};

export function mechanismLabel(t: Translate, code: string | null): string {
  const key = MECHANISMS[code ?? 'none'];
  return key ? t(key) : (code ?? t('notStated'));
}

/** A code's label, or `fallback` (the API's own label) when the code is not one the interface knows. */
export function codeLabel(t: Translate, code: string | null, fallback?: string): string {
  if (code === null || code === 'none') return t('notStated');
  const key = CODES[code];
  return key ? t(key) : (fallback ?? code);
}

/** Who sent a contribution to a call, as far as the API tells this reader (identities reach cleared roles only, marked when confidential). */
export function submitterLabel(t: Translate, s: { submitterName: string | null; submitterEmail: string | null; identityConfidential: boolean }): string {
  const who = s.submitterName ?? s.submitterEmail;
  if (who === null) return t('submissionAnonymous');
  return s.identityConfidential ? `${who} (${t('confidential')})` : who;
}

/** What a reminder is about, as a sentence in the reader's language with its dates and counts localised. */
export function notificationText(t: Translate, language: Language, subject: NotificationSubject): string {
  const { key, values } = notificationMessage(subject, localeFormats(language));
  return t(key, values);
}

const ROLE_LABELS: Record<Role, MessageKey> = {
  admin: 'roleAdmin',
  coordinator: 'roleCoordinator',
  'focal-point': 'roleFocalPoint',
  contributor: 'roleContributor',
  viewer: 'roleViewer',
};

/** An account's role, as the interface names it. */
export function roleLabel(t: Translate, role: Role): string {
  return t(ROLE_LABELS[role]);
}
