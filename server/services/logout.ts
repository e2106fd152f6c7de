import type { Db } from '../db/handle.ts';
import { deleteSession } from '../repositories/session.repository.ts';
import type { Actor } from './actor.ts';
import { audit } from './audit.ts';

export async function logout(db: Db, actor: Actor): Promise<void> {
  if (actor.kind !== 'user') return;
  await deleteSession(db, actor.sessionId);
  await audit(db, actor, 'logout', 'user', actor.id);
}
