// Password reset, first half: a one-time token valid for an hour, mailed when a mailer is
// configured, otherwise handed back to the operator at the command line to pass on. Requests
// from the web are limited per address (a visible refusal) and per account (silently: the
// answer must not tell which accounts exist), so nobody can flood a mailbox.
import { withTransaction, type Db } from '../db/handle.ts';
import { AppError } from '../errors.ts';
import { passwordResetMail } from '../mail/account-mail.ts';
import type { Mailer } from '../mail/mailer.ts';
import { randomToken } from '../passwords.ts';
import { countAttemptsSince, recordLoginAttempt } from '../repositories/login-attempt.repository.ts';
import { insertPasswordReset } from '../repositories/password-reset.repository.ts';
import { findUserByEmail } from '../repositories/user.repository.ts';
import type { Actor } from './actor.ts';
import { audit } from './audit.ts';

export const RESET_TTL_MS = 60 * 60 * 1000;
/** Within `windowMinutes`: requests from one address, then codes mailed to one account. */
export const RESET_RATE_LIMIT = { perAddress: 10, perAccount: 3, windowMinutes: 60 } as const;

export interface ResetRequest {
  email: string;
  mailer: Mailer | null;
  /** Where the web app lives, to build the link in the mail. */
  publicUrl: string | undefined;
}

/**
 * Counts a reset request from a web client's address; throws `rate-limited` when the address
 * asked too often. The operator's requests (command line) are not limited.
 */
export async function limitResetRequests(db: Db, clientKey: string): Promise<void> {
  const key = `reset:ip:${clientKey}`;
  if ((await countAttemptsSince(db, key, resetWindowStart())) >= RESET_RATE_LIMIT.perAddress) {
    throw new AppError('rate-limited', `too many password-reset requests from this address; try again in ${RESET_RATE_LIMIT.windowMinutes} minutes`, {
      details: { retryAfterMinutes: RESET_RATE_LIMIT.windowMinutes },
    });
  }
  await recordLoginAttempt(db, key, true);
}

function resetWindowStart(): Date {
  return new Date(Date.now() - RESET_RATE_LIMIT.windowMinutes * 60_000);
}

/**
 * Creates a reset token for the account of `email`. The operator (system actor) gets the
 * token back when no mailer is set, and `not-found` for an unknown email; anyone else gets
 * nothing back either way, so the answer does not tell which accounts exist (and the web
 * runs this after answering, so neither does the time the answer takes).
 */
export async function requestPasswordReset(db: Db, actor: Actor, req: ResetRequest): Promise<{ token: string | null; mailed: boolean }> {
  const operator = actor.kind === 'system';
  const user = await findUserByEmail(db, req.email);
  if (!user || user.disabled) {
    if (operator) throw new AppError('not-found', `email: no user ${req.email}`, { place: { field: 'email' } });
    return { token: null, mailed: false };
  }
  if (!operator && !req.mailer) return { token: null, mailed: false };
  if (!operator) {
    const key = `reset:user:${user.id}`;
    if ((await countAttemptsSince(db, key, resetWindowStart())) >= RESET_RATE_LIMIT.perAccount) return { token: null, mailed: false };
    await recordLoginAttempt(db, key, true);
  }
  const token = randomToken();
  await withTransaction(db, async (trx) => {
    await insertPasswordReset(trx, user.id, token, new Date(Date.now() + RESET_TTL_MS));
    await audit(trx, actor, 'password-reset-requested', 'user', user.id);
  });
  if (req.mailer) {
    await req.mailer.send({ to: user.email, ...passwordResetMail(user.language, token, req.publicUrl) });
    return { token: null, mailed: true };
  }
  return { token, mailed: false };
}
