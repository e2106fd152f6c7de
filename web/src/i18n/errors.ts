// API refusals a person can act on (too many attempts, a locked account, a code used or
// expired, a stale version, the last administrator…) as sentences in the reader's language;
// any other error keeps the server's message.
import { ACCOUNT_REFUSALS, MIN_PASSWORD_LENGTH, type AccountRefusal } from '../../../contracts/accounts.ts';
import { ApiError } from '../api/client.ts';
import type { MessageKey } from './en.ts';
import type { Translate } from './language.context.tsx';

const REFUSALS: Record<AccountRefusal, MessageKey> = {
  'password-too-short': 'errorPasswordShort',
  'reset-code-invalid': 'errorResetCode',
  'email-taken': 'errorEmailTaken',
  'no-mail': 'errorNoMail',
  'invitation-not-mailed': 'errorInvitationNotMailed',
  'last-admin': 'errorLastAdmin',
};

/** Whole minutes from now until `iso` (at least one). */
function minutesUntil(iso: unknown): number {
  const at = typeof iso === 'string' ? Date.parse(iso) : NaN;
  return Number.isNaN(at) ? 1 : Math.max(1, Math.ceil((at - Date.now()) / 60_000));
}

/** What went wrong, in the reader's language when the refusal is one the interface knows. */
export function errorText(t: Translate, error: unknown): string {
  if (!(error instanceof ApiError)) return error instanceof Error ? error.message : String(error);
  const reason = ACCOUNT_REFUSALS.find((r) => r === error.details.reason);
  if (reason) return t(REFUSALS[reason], { min: MIN_PASSWORD_LENGTH });
  const retry = error.details.retryAfterMinutes;
  if (error.code === 'rate-limited' && typeof retry === 'number') return t('errorRateLimited', { minutes: retry });
  if (error.code === 'locked') return t('errorLocked', { minutes: minutesUntil(error.details.lockedUntil) });
  if (error.code === 'conflict' && error.field === 'version') return t('errorStale');
  return error.message;
}
