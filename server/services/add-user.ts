// Adding a local account (admins, and the operator at the command line): with an initial
// password, or without one, in which case the new user is mailed a one-time link to choose
// it (an invitation).
import { MIN_PASSWORD_LENGTH, type AccountRefusal } from '../../contracts/accounts.ts';
import type { Role } from '../../contracts/enums.ts';
import { DEFAULT_LANGUAGE, type Language } from '../../contracts/languages.ts';
import { withTransaction, type Db } from '../db/handle.ts';
import { AppError } from '../errors.ts';
import { invitationMail } from '../mail/account-mail.ts';
import type { Mailer } from '../mail/mailer.ts';
import { hashPassword, randomToken } from '../passwords.ts';
import { requirePermission } from '../policies/require.ts';
import { insertPasswordReset } from '../repositories/password-reset.repository.ts';
import { findUserByEmail, insertUser } from '../repositories/user.repository.ts';
import type { Actor } from './actor.ts';
import { audit } from './audit.ts';
import { institutionOf, organisationOf } from './user-affiliation.ts';

/** How long an invitation's link stays valid. */
export const INVITATION_DAYS = 7;

export interface AddUserInput {
  email: string;
  name?: string | undefined;
  role: Role;
  /** The initial password; without it, the user is mailed a link to choose one. */
  password?: string | undefined;
  /** An existing organisation by id, or one by name (created when unknown). */
  organisationId?: string | undefined;
  organisationName?: string | undefined;
  institutionId?: string | undefined;
  institutionName?: string | undefined;
  /** The language of the user's interface and reminder mails; English when not given. */
  language?: Language | undefined;
}

/** How an invitation reaches the new user. */
export interface InvitationDelivery {
  mailer: Mailer | null;
  /** Where the web app lives, to build the link in the mail. */
  publicUrl: string | undefined;
}

/** The `details` of an account refusal: its reason, and what a client needs to say it. */
export function refusal(reason: AccountRefusal, facts: Record<string, unknown> = {}): Record<string, unknown> {
  return { reason, ...facts };
}

/** Validates a new password; throws bad-input naming the field. */
export function checkPassword(password: string, field = 'password'): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new AppError('bad-input', `${field}: at least ${MIN_PASSWORD_LENGTH} characters`, { place: { field }, details: refusal('password-too-short', { min: MIN_PASSWORD_LENGTH }) });
  }
}

/**
 * Creates the user. Without a password, mails the new user a one-time link (valid
 * INVITATION_DAYS) to choose one, after the account is stored. Throws bad-input (email,
 * password, no mailer for an invitation, organisation, institution), conflict (email taken),
 * forbidden, and unavailable when the account was stored but its invitation could not be sent.
 */
export async function addUser(db: Db, actor: Actor, input: AddUserInput, delivery: InvitationDelivery = { mailer: null, publicUrl: undefined }): Promise<{ id: string }> {
  requirePermission(actor, 'user.manage');
  const email = input.email.trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+$/.test(email)) throw new AppError('bad-input', `email: "${input.email}" is not an email address`, { place: { field: 'email' } });
  if (input.password === undefined && !delivery.mailer) {
    throw new AppError('bad-input', 'password: mail is not set up on this server (SMTP_URL), so no link can be sent; give an initial password', { place: { field: 'password' }, details: refusal('no-mail') });
  }
  if (input.password !== undefined) checkPassword(input.password);
  // Without a password, the account gets one nobody knows until the link sets theirs.
  const passwordHash = await hashPassword(input.password ?? randomToken());
  const invitation = input.password === undefined ? randomToken() : null;
  const language = input.language ?? DEFAULT_LANGUAGE;
  const id = await withTransaction(db, async (trx) => {
    if (await findUserByEmail(trx, email)) throw new AppError('conflict', `email: a user ${email} already exists`, { place: { field: 'email' }, details: refusal('email-taken') });
    const organisationId = (await organisationOf(trx, { id: input.organisationId, name: input.organisationName })) ?? null;
    const institutionId = (await institutionOf(trx, { id: input.institutionId, name: input.institutionName })) ?? null;
    const userId = await insertUser(trx, { email, name: input.name ?? '', role: input.role, passwordHash, organisationId, institutionId, language });
    await audit(trx, actor, 'create', 'user', userId, { after: { email, role: input.role, organisationId, institutionId, language, invited: invitation !== null } });
    if (invitation) await insertPasswordReset(trx, userId, invitation, new Date(Date.now() + INVITATION_DAYS * 86_400_000));
    return userId;
  });
  if (invitation && delivery.mailer) {
    try {
      await delivery.mailer.send({ to: email, ...invitationMail(language, email, invitation, delivery.publicUrl, INVITATION_DAYS) });
    } catch (cause) {
      throw new AppError('unavailable', `the account ${email} was added, but its invitation could not be mailed; ask them to request a password reset from the sign-in page`, { cause, details: refusal('invitation-not-mailed') });
    }
  }
  return { id };
}
