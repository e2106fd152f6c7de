// The audit log, for admins: every change and every read of confidential material.
import type { Db } from '../db/handle.ts';
import { requirePermission } from '../policies/require.ts';
import { listAuditEvents, type AuditEventRow, type AuditFilter } from '../repositories/audit.repository.ts';
import type { Actor } from './actor.ts';

export async function readAuditLog(db: Db, actor: Actor, filter: AuditFilter): Promise<AuditEventRow[]> {
  requirePermission(actor, 'audit.read');
  return listAuditEvents(db, filter);
}
