// Password reset, second half: the one-time token sets a new password, lifts a lockout and
// ends every session of the account.
import { withTransaction, type Db } from '../db/handle.ts';
import { AppError } from '../errors.ts';
import { hashPassword } from '../passwords.ts';
import { consumePasswordReset } from '../repositories/password-reset.repository.ts';
import { deleteSessionsOfUser } from '../repositories/session.repository.ts';
import { setPasswordHash } from '../repositories/user.repository.ts';
import type { Actor } from './actor.ts';
import { checkPassword, refusal } from './add-user.ts';
import { audit } from './audit.ts';

/** Throws bad-input on a short password, and on a token that is unknown, used or expired. */
export async function resetPassword(db: Db, actor: Actor, token: string, password: string): Promise<void> {
  checkPassword(password);
  const hash = await hashPassword(password);
  await withTransaction(db, async (trx) => {
    const userId = await consumePasswordReset(trx, token);
    if (!userId) throw new AppError('bad-input', 'token: this reset code is unknown, already used or expired; ask for a new one', { place: { field: 'token' }, details: refusal('reset-code-invalid') });
    await setPasswordHash(trx, userId, hash);
    await deleteSessionsOfUser(trx, userId);
    await audit(trx, actor, 'password-reset', 'user', userId);
  });
}
