// Password reset, first half: a one-time token valid for an hour, mailed when a mailer is
// configured, otherwise handed back to the operator at the command line to pass on.
import { withTransaction, type Db } from '../db/handle.ts';
import { AppError } from '../errors.ts';
import type { Mailer } from '../mail/mailer.ts';
import { randomToken } from '../passwords.ts';
import { insertPasswordReset } from '../repositories/password-reset.repository.ts';
import { findUserByEmail } from '../repositories/user.repository.ts';
import type { Actor } from './actor.ts';
import { audit } from './audit.ts';

export const RESET_TTL_MS = 60 * 60 * 1000;

export interface ResetRequest {
  email: string;
  mailer: Mailer | null;
  /** Where the web app lives, to build the link in the mail. */
  publicUrl: string | undefined;
}

/**
 * Creates a reset token for the account of `email`. The operator (system actor) gets the
 * token back when no mailer is set, and `not-found` for an unknown email; anyone else gets
 * nothing back either way, so the answer does not tell which accounts exist.
 */
export async function requestPasswordReset(db: Db, actor: Actor, req: ResetRequest): Promise<{ token: string | null; mailed: boolean }> {
  const operator = actor.kind === 'system';
  const user = await findUserByEmail(db, req.email);
  if (!user || user.disabled) {
    if (operator) throw new AppError('not-found', `email: no user ${req.email}`, { place: { field: 'email' } });
    return { token: null, mailed: false };
  }
  if (!operator && !req.mailer) return { token: null, mailed: false };
  const token = randomToken();
  await withTransaction(db, async (trx) => {
    await insertPasswordReset(trx, user.id, token, new Date(Date.now() + RESET_TTL_MS));
    await audit(trx, actor, 'password-reset-requested', 'user', user.id);
  });
  if (req.mailer) {
    const link = req.publicUrl ? `\n\n${req.publicUrl.replace(/\/$/, '')}/reset-password?token=${token}` : '';
    await req.mailer.send({
      to: user.email,
      subject: 'Landmark: reset your password',
      text: `Someone asked to reset the password of your Landmark account. This one-time code is valid for one hour:\n\n${token}${link}\n\nIf it was not you, ignore this mail.`,
    });
    return { token: null, mailed: true };
  }
  return { token, mailed: false };
}
