import type { Db } from '../db/handle.ts';
import { findSessionUser } from '../repositories/session.repository.ts';
import type { Actor } from './actor.ts';

/** The actor behind a session token, or null when the session is unknown or expired. */
export async function resolveSession(db: Db, token: string): Promise<{ actor: Actor; csrfToken: string } | null> {
  const s = await findSessionUser(db, token);
  if (!s) return null;
  return {
    csrfToken: s.csrfToken,
    actor: {
      kind: 'user',
      id: s.userId,
      email: s.email,
      role: s.role,
      organisationId: s.organisationId,
      institutionId: s.institutionId,
      language: s.language,
      sessionId: s.sessionId,
    },
  };
}
