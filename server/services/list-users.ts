import type { Db } from '../db/handle.ts';
import { requirePermission } from '../policies/require.ts';
import { listUsers, type UserSummary } from '../repositories/user.repository.ts';
import type { Actor } from './actor.ts';

/** Every account (admins only). */
export async function listAccounts(db: Db, actor: Actor): Promise<UserSummary[]> {
  requirePermission(actor, 'user.manage');
  return listUsers(db);
}
