// Logging in: rate limit per client address, lockout per account, session in the database.
import { AppError } from '../errors.ts';
import { randomToken, verifyNoPassword, verifyPassword } from '../passwords.ts';
import type { Db } from '../db/handle.ts';
import { countAttemptsSince, recordLoginAttempt } from '../repositories/login-attempt.repository.ts';
import { findUserByEmail, recordLoginResult } from '../repositories/user.repository.ts';
import { createSession } from '../repositories/session.repository.ts';
import { insertAuditEvent } from '../repositories/audit.repository.ts';

export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;
export const LOCKOUT = { failures: 5, minutes: 15 } as const;
export const RATE_LIMIT = { attempts: 20, windowMinutes: 10 } as const;

export interface LoginResult {
  token: string;
  csrfToken: string;
  userId: string;
}

/** Throws `rate-limited`, `locked` or `unauthenticated` (same message for unknown email and wrong password). */
export async function login(db: Db, email: string, password: string, clientKey: string): Promise<LoginResult> {
  const since = new Date(Date.now() - RATE_LIMIT.windowMinutes * 60_000);
  if ((await countAttemptsSince(db, `ip:${clientKey}`, since, { failedOnly: true })) >= RATE_LIMIT.attempts) {
    throw new AppError('rate-limited', `too many failed logins from this address; try again in ${RATE_LIMIT.windowMinutes} minutes`, { details: { retryAfterMinutes: RATE_LIMIT.windowMinutes } });
  }
  const user = await findUserByEmail(db, email);
  if (user?.lockedUntil && user.lockedUntil > new Date()) {
    throw new AppError('locked', `this account is locked after ${LOCKOUT.failures} failed logins until ${user.lockedUntil.toISOString()}; resetting the password lifts the lock`, {
      details: { lockedUntil: user.lockedUntil.toISOString() },
    });
  }
  const account = user !== null && !user.disabled ? user : null;
  const ok = account ? await verifyPassword(password, account.passwordHash) : await verifyNoPassword(password);
  await recordLoginAttempt(db, `ip:${clientKey}`, ok);
  if (!ok || !account) {
    if (user) {
      const lock = user.failedLogins + 1 >= LOCKOUT.failures ? new Date(Date.now() + LOCKOUT.minutes * 60_000) : null;
      await recordLoginResult(db, user.id, false, lock);
    }
    throw new AppError('unauthenticated', 'wrong email or password');
  }
  await recordLoginResult(db, account.id, true, null);
  const token = randomToken();
  const csrfToken = randomToken(24);
  await createSession(db, account.id, token, csrfToken, SESSION_TTL_MS);
  await insertAuditEvent(db, { actorId: account.id, actorLabel: account.email, action: 'login', entity: 'user', entityId: account.id });
  return { token, csrfToken, userId: account.id };
}
