// The language a user reads Landmark in: the web app sets it when they switch language
// while signed in; an admin or the operator sets anyone's. Reminder mails use it.
import type { Language } from '../../contracts/languages.ts';
import { withTransaction, type Db } from '../db/handle.ts';
import { AppError } from '../errors.ts';
import { requirePermission } from '../policies/require.ts';
import { findUserByEmail, setUserLanguage } from '../repositories/user.repository.ts';
import type { Actor } from './actor.ts';
import { audit } from './audit.ts';

async function store(trx: Db, actor: Actor, userId: string, language: Language): Promise<void> {
  await setUserLanguage(trx, userId, language);
  await audit(trx, actor, 'update', 'user', userId, { after: { language } });
}

/** Sets the signed-in user's own language. Throws unauthenticated. */
export async function setOwnLanguage(db: Db, actor: Actor, language: Language): Promise<void> {
  requirePermission(actor, 'internal.read');
  if (actor.kind !== 'user') throw new AppError('unauthenticated', 'sign in to keep a language with your account');
  await withTransaction(db, (trx) => store(trx, actor, actor.id, language));
}

/** Sets the language of the account of `email` (admins, the operator). Throws forbidden, not-found. */
export async function setLanguageOf(db: Db, actor: Actor, email: string, language: Language): Promise<void> {
  requirePermission(actor, 'user.manage');
  await withTransaction(db, async (trx) => {
    const user = await findUserByEmail(trx, email);
    if (!user) throw new AppError('not-found', `email: no user ${email}`, { place: { field: 'email' } });
    await store(trx, actor, user.id, language);
  });
}
