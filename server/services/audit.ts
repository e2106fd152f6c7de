// Writing audit events from services: who (the actor), what, before and after.
import type { Db } from '../db/handle.ts';
import { insertAuditEvent } from '../repositories/audit.repository.ts';
import { actorLabel, actorUserId, type Actor } from './actor.ts';

export async function audit(
  db: Db,
  actor: Actor,
  action: string,
  entity: string,
  entityId: string | null,
  change: { before?: unknown; after?: unknown } = {},
): Promise<void> {
  await insertAuditEvent(db, { actorId: actorUserId(actor), actorLabel: actorLabel(actor), action, entity, entityId, ...change });
}
