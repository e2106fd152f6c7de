// Accounts: what an admin sees of one, the password rule the server enforces and the forms
// state up front, and why an account request is refused (`error.details.reason`), so clients
// say it in their language. Browser-safe.
import type { Role } from './enums.ts';
import type { Language } from './languages.ts';

/** An account as listed to admins (never its password hash). */
export interface Account {
  id: string;
  email: string;
  name: string;
  role: Role;
  organisationId: string | null;
  institutionId: string | null;
  /** The language of the interface and of reminder mails. */
  language: Language;
  disabled: boolean;
  version: number;
}

export const MIN_PASSWORD_LENGTH = 10;

export const ACCOUNT_REFUSALS = ['password-too-short', 'reset-code-invalid', 'email-taken', 'no-mail', 'invitation-not-mailed', 'last-admin'] as const;
export type AccountRefusal = (typeof ACCOUNT_REFUSALS)[number];
